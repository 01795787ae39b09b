package org.atrium.platform.audit;

import java.time.Clock;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.db.Tx;

/** Appends to the audit log inside the transaction of the audited action. */
public final class AuditLog {

  private final Tx tx;
  private final Clock clock;

  public AuditLog(Tx tx, Clock clock) {
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * Records that {@code actor} did {@code action} (such as {@code person.deactivate}) to {@code
   * target}, with a short human {@code detail}.
   */
  public void record(Caller actor, String action, String target, String detail) {
    tx.session()
        .createNativeMutationQuery(
            "insert into audit_log (at, actor_id, actor_username, action, target, detail)"
                + " values (:at, :actorId, :actor, :action, :target, :detail)")
        .setParameter("at", clock.instant())
        .setParameter("actorId", actor.accountId())
        .setParameter("actor", actor.username())
        .setParameter("action", action)
        .setParameter("target", target)
        .setParameter("detail", detail)
        .executeUpdate();
  }
}
