package org.atrium.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import org.atrium.platform.Json;
import org.atrium.platform.db.Tx;

/** Writes events in the caller's transaction and wakes the dispatcher once it commits. */
public final class Outbox {

  private final Tx tx;
  private final Clock clock;
  private final Runnable wakeDispatcher;

  public Outbox(Tx tx, Clock clock, Runnable wakeDispatcher) {
    this.tx = tx;
    this.clock = clock;
    this.wakeDispatcher = wakeDispatcher;
  }

  /** Records that {@code topic} happened to {@code aggregateId}; must run inside a transaction. */
  public void publish(String topic, String aggregateId, Object payload) {
    tx.session()
        .createNativeMutationQuery(
            "insert into outbox_event (topic, aggregate_id, payload, created_at)"
                + " values (:topic, :aggregate, :payload, :at)")
        .setParameter("topic", topic)
        .setParameter("aggregate", aggregateId)
        .setParameter("payload", toJson(payload))
        .setParameter("at", clock.instant())
        .executeUpdate();
    tx.afterCommit(wakeDispatcher);
  }

  private static String toJson(Object payload) {
    try {
      return Json.mapper().writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("outbox payloads must be serialisable to JSON", e);
    }
  }
}
