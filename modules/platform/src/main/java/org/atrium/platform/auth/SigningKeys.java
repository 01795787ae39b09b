package org.atrium.platform.auth;

import java.time.Clock;
import java.util.List;
import org.atrium.platform.auth.store.AuthStore;
import org.atrium.platform.db.Tx;

/**
 * Keeps the token signing keys in the database, so every node of a cluster signs and verifies with
 * the same keys; the first start creates one.
 */
public final class SigningKeys {

  private SigningKeys() {}

  /** The stored keys, newest first, creating the first one if there is none. */
  public static List<SigningKey> loadOrCreate(Tx tx, AuthStore store, Clock clock) {
    return tx.write(
        () -> {
          List<SigningKey> keys = store.signingKeys();
          if (!keys.isEmpty()) {
            return keys;
          }
          SigningKey key = new SigningKey(Secrets.token(9), Secrets.randomBytes(32));
          store.addSigningKey(key, clock.instant());
          return List.of(key);
        });
  }
}
