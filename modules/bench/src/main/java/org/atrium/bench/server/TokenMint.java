package org.atrium.bench.server;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.atrium.platform.auth.AccessTokens;
import org.atrium.platform.auth.Secrets;
import org.atrium.platform.auth.SigningKeys;
import org.atrium.platform.auth.store.AuthStore;
import org.atrium.webapp.Services;

/**
 * Signs thousands of people in without their passwords, for the live measurement's streams: a
 * session row and an access token each, made the way {@code AuthService.login} makes them once the
 * password checks out, with the signing keys stored in the database the server will start on.
 * Signing 2,000 people in over HTTP verifies 2,000 Argon2 hashes, which takes many minutes on a
 * busy two-core machine and measures nothing this suite is about.
 */
public final class TokenMint {

  /** The longest the server accepts: mint them just before the run that uses them. */
  private static final Duration LIFETIME = Duration.ofMinutes(15);

  private TokenMint() {}

  /** One access token for each of {@code personIds} (with their {@code usernames}), in order. */
  public static List<String> mint(Services services, List<Long> personIds, List<String> usernames) {
    Clock clock = Clock.systemUTC();
    AuthStore store = new AuthStore(services.tx());
    AccessTokens tokens =
        new AccessTokens(
            services.config().issuer(),
            LIFETIME,
            clock,
            SigningKeys.loadOrCreate(services.tx(), store, clock));
    return services
        .tx()
        .write(
            () -> {
              List<String> minted = new ArrayList<>(personIds.size());
              for (int i = 0; i < personIds.size(); i++) {
                String session = Secrets.token(16);
                store.addSession(session, personIds.get(i), "api", null, null, clock.instant());
                minted.add(tokens.issue(personIds.get(i), usernames.get(i), session));
              }
              return minted;
            });
  }
}
