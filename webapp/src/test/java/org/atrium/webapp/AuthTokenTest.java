package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The access and refresh token rules of api.md, each tried against the real server. */
class AuthTokenTest {

  private static TestServer server;
  private static Api api;
  private static String kid;
  private static SecretKey realKey;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.shared();
    api = server.api();
    try (Connection c = server.services().database().dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet key = s.executeQuery("select kid, secret from signing_key")) {
      key.next();
      kid = key.getString(1);
      realKey = Keys.hmacShaKeyFor(Base64.getDecoder().decode(key.getString(2)));
    }
  }

  @Test
  @DisplayName("sign-in returns a bearer pair that opens /me")
  void loginAndMe() {
    JsonNode pair = api.login("hr", "demo").json();
    assertEquals("Bearer", pair.get("token_type").asText());
    assertTrue(pair.get("expires_in").asLong() <= 900);
    assertNotNull(pair.get("refresh_token").asText());
    Api.Reply me = api.get("/api/v1/me", pair.get("access_token").asText());
    assertEquals(200, me.status());
    assertEquals("hr", me.json().get("username").asText());
    assertEquals("hr", me.json().get("role").asText());
  }

  @Test
  @DisplayName("an unknown user and a wrong password get the same answer")
  void sameAnswerForUnknownUserAndWrongPassword() {
    Api.Reply unknown = api.login("nobody.at.all", "demo");
    Api.Reply wrong = api.login("admin", "not-the-password");
    assertEquals(401, unknown.status());
    assertEquals(401, wrong.status());
    assertEquals(unknown.json().get("detail"), wrong.json().get("detail"));
    assertEquals(unknown.json().get("title"), wrong.json().get("title"));
  }

  @Test
  @DisplayName("no token is a 401 problem with WWW-Authenticate")
  void noToken() {
    Api.Reply reply = api.get("/api/v1/me", null);
    assertEquals(401, reply.status());
    assertTrue(reply.contentType().startsWith("application/problem+json"));
    assertNotNull(reply.header("WWW-Authenticate"));
  }

  @Test
  @DisplayName("expired tokens are refused")
  void expired() {
    Instant issued = Instant.now().minus(Duration.ofMinutes(20));
    assertRefused(sign(realKey, "atrium-api", issued, issued.plus(Duration.ofMinutes(10))));
  }

  @Test
  @DisplayName("tokens living longer than 15 minutes are refused")
  void tooLongLived() {
    Instant now = Instant.now();
    assertRefused(sign(realKey, "atrium-api", now, now.plus(Duration.ofHours(2))));
  }

  @Test
  @DisplayName("tokens signed with another key are refused")
  void wrongKey() {
    SecretKey other = Keys.hmacShaKeyFor(new byte[32]);
    Instant now = Instant.now();
    assertRefused(sign(other, "atrium-api", now, now.plus(Duration.ofMinutes(5))));
  }

  @Test
  @DisplayName("tokens for another audience are refused")
  void wrongAudience() {
    Instant now = Instant.now();
    assertRefused(sign(realKey, "some-other-api", now, now.plus(Duration.ofMinutes(5))));
  }

  @Test
  @DisplayName("a token signed with the real key for a live session works (control case)")
  void forgedWithRealKeyWorks() {
    Instant now = Instant.now();
    String token = sign(realKey, "atrium-api", now, now.plus(Duration.ofMinutes(5)));
    assertEquals(200, api.get("/api/v1/me", token).status());
  }

  @Test
  @DisplayName("alg: none is refused")
  void algNone() {
    String header = base64("{\"alg\":\"none\",\"kid\":\"" + kid + "\"}");
    String[] valid = api.token("admin").split("\\.");
    assertRefused(header + "." + valid[1] + ".");
  }

  @Test
  @DisplayName("a tampered payload is refused")
  void tamperedPayload() {
    String[] parts = api.login("partner", "demo").json().get("access_token").asText().split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String tampered =
        payload
            .replaceFirst("\"preferred_username\":\"partner\"", "\"preferred_username\":\"admin\"")
            .replaceFirst("\"sub\":\"\\d+\"", "\"sub\":\"1\"");
    assertNotEquals(payload, tampered);
    assertRefused(parts[0] + "." + base64(tampered) + "." + parts[2]);
  }

  @Test
  @DisplayName("logout revokes the access and refresh tokens of the session")
  void logoutRevokes() {
    JsonNode pair = api.login("admin", "demo").json();
    String access = pair.get("access_token").asText();
    assertEquals(204, api.post("/api/v1/auth/logout", Map.of(), access).status());
    assertRefused(access);
    Api.Reply refresh =
        api.post(
            "/api/v1/auth/refresh",
            Map.of("refresh_token", pair.get("refresh_token").asText()),
            null);
    assertEquals(401, refresh.status());
  }

  @Test
  @DisplayName("refresh rotates; reusing a spent refresh token revokes the whole family")
  void refreshRotationAndReuse() {
    JsonNode first = api.login("hr", "demo").json();
    JsonNode second =
        api.post(
                "/api/v1/auth/refresh",
                Map.of("refresh_token", first.get("refresh_token").asText()),
                null)
            .json();
    assertNotEquals(first.get("refresh_token").asText(), second.get("refresh_token").asText());
    assertEquals(200, api.get("/api/v1/me", second.get("access_token").asText()).status());

    Api.Reply reuse =
        api.post(
            "/api/v1/auth/refresh",
            Map.of("refresh_token", first.get("refresh_token").asText()),
            null);
    assertEquals(401, reuse.status());
    assertRefused(second.get("access_token").asText());
    Api.Reply familyGone =
        api.post(
            "/api/v1/auth/refresh",
            Map.of("refresh_token", second.get("refresh_token").asText()),
            null);
    assertEquals(401, familyGone.status());
  }

  private static void assertRefused(String token) {
    Api.Reply reply = api.get("/api/v1/me", token);
    assertEquals(401, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/problem+json"));
  }

  /** A token like the server's, for the admin's live session, with the given key and times. */
  private static String sign(SecretKey key, String audience, Instant issued, Instant expires) {
    String[] live = api.token("admin").split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(live[1]), StandardCharsets.UTF_8);
    JsonNode claims = Api.parse(payload);
    return Jwts.builder()
        .header()
        .keyId(kid)
        .and()
        .issuer("atrium")
        .audience()
        .add(audience)
        .and()
        .subject(claims.get("sub").asText())
        .claim("sid", claims.get("sid").asText())
        .issuedAt(Date.from(issued))
        .expiration(Date.from(expires))
        .signWith(key, Jwts.SIG.HS256)
        .compact();
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
