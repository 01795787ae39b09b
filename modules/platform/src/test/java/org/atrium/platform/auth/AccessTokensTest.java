package org.atrium.platform.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.atrium.platform.error.Unauthenticated;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Token verification in isolation, including key rotation and clock-driven expiry. */
class AccessTokensTest {

  private static final SigningKey OLD = new SigningKey("old", Secrets.randomBytes(32));
  private static final SigningKey NEW = new SigningKey("new", Secrets.randomBytes(32));
  private static final Instant NOON = Instant.parse("2026-11-22T12:00:00Z");

  @Test
  @DisplayName("a token verifies until its expiry, then not")
  void expiry() {
    String token = tokens(NOON, List.of(NEW)).issue(7, "ada", "s1");
    assertEquals(7, tokens(NOON.plusSeconds(500), List.of(NEW)).verify(token).accountId());
    assertThrows(
        Unauthenticated.class, () -> tokens(NOON.plusSeconds(700), List.of(NEW)).verify(token));
  }

  @Test
  @DisplayName("a token verified before, and remembered, still stops at its expiry")
  void rememberedExpiry() {
    MovingClock clock = new MovingClock(NOON);
    AccessTokens tokens = new AccessTokens("atrium", Duration.ofMinutes(10), clock, List.of(NEW));
    String token = tokens.issue(7, "ada", "s1");
    assertEquals(7, tokens.verify(token).accountId());
    clock.now = NOON.plusSeconds(500);
    assertEquals(7, tokens.verify(token).accountId());
    clock.now = NOON.plusSeconds(700);
    assertThrows(Unauthenticated.class, () -> tokens.verify(token));
  }

  @Test
  @DisplayName("a token altered after a good one was verified is refused")
  void rememberedOnlyVerbatim() {
    AccessTokens tokens = tokens(NOON, List.of(NEW));
    String token = tokens.issue(7, "ada", "s1");
    tokens.verify(token);
    String forged = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
    assertThrows(Unauthenticated.class, () -> tokens.verify(forged));
  }

  @Test
  @DisplayName("tokens signed with an older key still verify after rotation; unknown kids do not")
  void rotation() {
    String signedWithOld = tokens(NOON, List.of(OLD)).issue(7, "ada", "s1");
    assertEquals("s1", tokens(NOON, List.of(NEW, OLD)).verify(signedWithOld).sessionId());
    assertThrows(Unauthenticated.class, () -> tokens(NOON, List.of(NEW)).verify(signedWithOld));
  }

  @Test
  @DisplayName("a lifetime over 15 minutes is refused when configured")
  void lifetimeBound() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            org.atrium.platform.AtriumConfig.from(
                java.util.Map.of("atrium.jwt.access.seconds", "3600")));
  }

  /** A clock the test moves by hand. */
  private static final class MovingClock extends Clock {
    private Instant now;

    MovingClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private static AccessTokens tokens(Instant now, List<SigningKey> keys) {
    return new AccessTokens(
        "atrium", Duration.ofMinutes(10), Clock.fixed(now, ZoneOffset.UTC), keys);
  }
}
