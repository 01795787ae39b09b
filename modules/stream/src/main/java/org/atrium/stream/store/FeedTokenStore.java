package org.atrium.stream.store;

import java.time.Instant;
import java.util.Optional;
import org.atrium.platform.db.Tx;

/** Each person's read-only feed token, known only by its hash. */
public final class FeedTokenStore {

  private final Tx tx;

  public FeedTokenStore(Tx tx) {
    this.tx = tx;
  }

  /** Replaces the person's token (revoking the old one). */
  public void replace(long personId, String tokenHash, Instant at) {
    revoke(personId);
    tx.session()
        .createNativeMutationQuery(
            "insert into feed_token (person_id, token_hash, created_at) values (:p, :h, :at)")
        .setParameter("p", personId)
        .setParameter("h", tokenHash)
        .setParameter("at", at)
        .executeUpdate();
  }

  public void revoke(long personId) {
    tx.session()
        .createNativeMutationQuery("delete from feed_token where person_id = :p")
        .setParameter("p", personId)
        .executeUpdate();
  }

  public Optional<Long> personOf(String tokenHash) {
    return tx.session()
        .createNativeQuery("select person_id from feed_token where token_hash = :h", Long.class)
        .setParameter("h", tokenHash)
        .uniqueResultOptional();
  }
}
