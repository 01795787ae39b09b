package org.atrium.platform.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.LocatorAdapter;
import io.jsonwebtoken.security.Keys;
import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.SecretKey;
import org.atrium.platform.error.Unauthenticated;

/**
 * Issues and verifies access tokens. The algorithm is pinned to HS256 (so {@code alg: none} and
 * algorithm swaps fail), the key is found by {@code kid}, issuer and audience must match, and the
 * token must carry an expiry no further than 15 minutes after its issue.
 */
public final class AccessTokens {

  static final String AUDIENCE = "atrium-api";
  private static final Duration MAX_LIFETIME = Duration.ofMinutes(15);
  private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  private final String issuer;
  private final Duration ttl;
  private final Clock clock;
  private final SigningKey current;
  private final Map<String, SecretKey> keys;
  private final JwtParser parser;

  /**
   * Tokens verified lately, with their expiry: a client sends the same token with every request for
   * minutes, and checking its signature and claims again each time cost more than the rest of
   * authentication. An entry is used only while its token has not expired.
   */
  private final Cache<String, Verified> verified =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(MAX_LIFETIME).build();

  /** {@code keys} newest first; the first signs, all verify. */
  public AccessTokens(String issuer, Duration ttl, Clock clock, List<SigningKey> keys) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("at least one signing key is needed");
    }
    this.issuer = issuer;
    this.ttl = ttl;
    this.clock = clock;
    this.current = keys.getFirst();
    this.keys =
        keys.stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    SigningKey::kid, k -> Keys.hmacShaKeyFor(k.secret()), (a, b) -> a));
    this.parser =
        Jwts.parser()
            .sig()
            .clear()
            .add(Jwts.SIG.HS256)
            .and()
            .keyLocator(new KidLocator(this.keys::get))
            .requireIssuer(issuer)
            .requireAudience(AUDIENCE)
            .clock(() -> Date.from(clock.instant()))
            .clockSkewSeconds(CLOCK_SKEW.toSeconds())
            .build();
  }

  public Duration ttl() {
    return ttl;
  }

  public String issue(long accountId, String username, String sessionId) {
    Instant now = clock.instant();
    return Jwts.builder()
        .header()
        .keyId(current.kid())
        .and()
        .issuer(issuer)
        .audience()
        .add(AUDIENCE)
        .and()
        .subject(Long.toString(accountId))
        .claim("preferred_username", username)
        .claim("sid", sessionId)
        .issuedAt(Date.from(now))
        .expiration(Date.from(now.plus(ttl)))
        .signWith(keys.get(current.kid()), Jwts.SIG.HS256)
        .compact();
  }

  /** The verified claims of {@code token}: account id and session id. */
  public VerifiedToken verify(String token) {
    Verified known = verified.getIfPresent(token);
    if (known != null && clock.instant().isBefore(known.expiresAt())) {
      return known.token();
    }
    Verified fresh = parse(token);
    verified.put(token, fresh);
    return fresh.token();
  }

  private Verified parse(String token) {
    Claims claims;
    try {
      claims = parser.parseSignedClaims(token).getPayload();
    } catch (JwtException | IllegalArgumentException e) {
      throw new Unauthenticated("the access token is invalid or expired");
    }
    Date issuedAt = claims.getIssuedAt();
    Date expiration = claims.getExpiration();
    if (issuedAt == null
        || expiration == null
        || Duration.between(issuedAt.toInstant(), expiration.toInstant()).compareTo(MAX_LIFETIME)
            > 0) {
      throw new Unauthenticated("the access token must expire within 15 minutes of its issue");
    }
    String sessionId = claims.get("sid", String.class);
    if (sessionId == null || claims.getSubject() == null) {
      throw new Unauthenticated("the access token is invalid or expired");
    }
    try {
      return new Verified(
          new VerifiedToken(Long.parseLong(claims.getSubject()), sessionId),
          expiration.toInstant());
    } catch (NumberFormatException e) {
      throw new Unauthenticated("the access token is invalid or expired");
    }
  }

  private record Verified(VerifiedToken token, Instant expiresAt) {}

  /** What a verified token says: whose it is and which session it belongs to. */
  public record VerifiedToken(long accountId, String sessionId) {}

  private static final class KidLocator extends LocatorAdapter<Key> {
    private final Function<String, Key> byKid;

    KidLocator(Function<String, Key> byKid) {
      this.byKid = byKid;
    }

    @Override
    protected Key locate(JwsHeader header) {
      Key key = header.getKeyId() == null ? null : byKid.apply(header.getKeyId());
      if (key == null) {
        throw new Unauthenticated("the access token is signed with an unknown key");
      }
      return key;
    }
  }
}
