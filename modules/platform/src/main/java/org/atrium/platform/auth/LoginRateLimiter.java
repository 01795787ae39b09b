package org.atrium.platform.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Locale;
import org.atrium.platform.error.RateLimited;

/**
 * Limits sign-in attempts per login name and per client address, so guessing one person's password
 * and spraying many accounts from one place both slow to a crawl.
 */
public final class LoginRateLimiter {

  private static final int ADDRESS_FACTOR = 20;

  private final int attemptsPerMinute;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

  public LoginRateLimiter(int attemptsPerMinute) {
    this.attemptsPerMinute = attemptsPerMinute;
  }

  /** Takes one attempt for {@code login} from {@code address}, or throws {@link RateLimited}. */
  public void acquire(String login, String address) {
    take("login:" + login.trim().toLowerCase(Locale.ROOT), attemptsPerMinute);
    take("address:" + address, attemptsPerMinute * ADDRESS_FACTOR);
  }

  private void take(String key, int perMinute) {
    Bucket bucket = buckets.get(key, k -> newBucket(perMinute));
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      long seconds = Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1;
      throw new RateLimited("too many sign-in attempts; try again in " + seconds + " s", seconds);
    }
  }

  private static Bucket newBucket(int perMinute) {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(perMinute)
                .refillGreedy(perMinute, Duration.ofMinutes(1))
                .build())
        .build();
  }
}
