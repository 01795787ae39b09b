package org.atrium.stream;

import java.time.Clock;
import java.util.Optional;
import org.atrium.people.DirectoryService;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Secrets;
import org.atrium.platform.db.Tx;
import org.atrium.stream.store.FeedTokenStore;

/**
 * Read-only feed tokens: the one credential allowed in a URL, so feed readers can poll Atom feeds.
 * A token reads feeds as its owner would and nothing else; creating a new one revokes the old.
 */
public final class FeedTokens {

  private static final int TOKEN_BYTES = 24;

  private final Tx tx;
  private final FeedTokenStore store;
  private final Viewers viewers;
  private final Clock clock;

  public FeedTokens(Tx tx, FeedTokenStore store, DirectoryService directory, Clock clock) {
    this.tx = tx;
    this.store = store;
    this.viewers = new Viewers(directory);
    this.clock = clock;
  }

  /** A new token for the caller, shown once; the previous one stops working. */
  public String create(Caller caller) {
    String token = Secrets.token(TOKEN_BYTES);
    tx.write(() -> store.replace(caller.accountId(), Secrets.sha256(token), clock.instant()));
    return token;
  }

  public void revoke(Caller caller) {
    tx.write(() -> store.revoke(caller.accountId()));
  }

  /** Whom a token reads feeds as, if it is live and its owner active. */
  public Optional<Caller> reader(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return tx.read(() -> store.personOf(Secrets.sha256(token)).flatMap(viewers::of));
  }
}
