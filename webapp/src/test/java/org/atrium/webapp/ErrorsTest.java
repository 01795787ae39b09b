package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each status code of the error convention, answered as RFC 9457 problem+json. */
class ErrorsTest {

  private static Api api;
  private static String hr;

  @BeforeAll
  static void start() {
    api = TestServer.shared().api();
    hr = api.token("hr");
  }

  @Test
  @DisplayName("malformed JSON is a 400")
  void malformedJson() {
    assertProblem(
        api.raw("PATCH", "/api/v1/people/hr", "application/json", "{\"about\": ", hr), 400);
  }

  @Test
  @DisplayName("a body of the wrong media type is a 415")
  void wrongMediaType() {
    assertProblem(api.raw("POST", "/api/v1/auth/login", "text/plain", "login=admin", null), 415);
  }

  @Test
  @DisplayName("a body over the declared limit is a 413 before it is read")
  void oversizedBody() {
    String huge = "{\"about\": \"" + "x".repeat(1_200_000) + "\"}";
    // The client waits for "100 Continue" before sending the body, as uploaders do: the 413 comes
    // instead, so it is answered from the declared length alone and never races the upload (a
    // server closing mid-upload can reset the connection before the client reads the answer).
    Api.Reply tooLarge =
        api.send(
            api.request("/api/v1/people/hr", hr)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(huge))
                .header("Content-Type", "application/json")
                .expectContinue(true));
    assertProblem(tooLarge, 413);
    assertEquals(200, api.get("/api/v1/me", hr).status(), "the next request goes through");
  }

  @Test
  @DisplayName("invalid fields are a 422 listing each field")
  void invalidFields() {
    JsonNode unknown =
        assertProblem(api.patch("/api/v1/people/hr", Map.of("shoe_size", 44), hr), 422);
    assertEquals("shoe_size", unknown.get("errors").get(0).get("field").asText());
    JsonNode wrongType =
        assertProblem(
            api.put("/api/v1/people/hr/skills/Recruiting", Map.of("level", "high"), hr), 422);
    assertEquals("level", wrongType.get("errors").get(0).get("field").asText());
  }

  @Test
  @DisplayName("an unknown person is a 404, an unknown route too")
  void notFound() {
    assertProblem(api.get("/api/v1/people/no.such.person", hr), 404);
    assertProblem(api.get("/api/v1/no-such-thing", hr), 404);
  }

  @Test
  @DisplayName("no token is a 401, a forbidden action a 403, a wrong method a 405")
  void authAndMethod() {
    assertProblem(api.get("/api/v1/people", null), 401);
    assertProblem(
        api.post("/api/v1/admin/people/hr/deactivate", Map.of(), api.token("partner")), 403);
    assertProblem(api.raw("DELETE", "/api/v1/people", null, "", hr), 405);
  }

  @Test
  @DisplayName("bad query parameters are a 400, bad cursors too")
  void badParameters() {
    assertProblem(api.get("/api/v1/people?limit=many", hr), 400);
    assertProblem(api.get("/api/v1/people?cursor=not-a-cursor!", hr), 400);
  }

  @Test
  @DisplayName("too many sign-in attempts are a 429 with Retry-After")
  void rateLimited() {
    Api.Reply last = null;
    for (int attempt = 0; attempt < 12; attempt++) {
      last = api.login("rate.limit.target", "wrong");
    }
    JsonNode problem = assertProblem(last, 429);
    assertNotNull(last.header("Retry-After"));
    assertTrue(Long.parseLong(last.header("Retry-After")) > 0);
    assertFalse(problem.get("detail").asText().isBlank());
  }

  @Test
  @DisplayName("an unexpected failure is a 500 with an error id and no stack trace")
  void unexpectedFailure() {
    TestServer broken = TestServer.fresh(Map.of());
    try {
      Api brokenApi = broken.api();
      String token = brokenApi.token("hr");
      ((com.zaxxer.hikari.HikariDataSource) broken.services().database().dataSource()).close();
      Api.Reply reply = brokenApi.get("/api/v1/people/hr", token);
      JsonNode problem = assertProblem(reply, 500);
      assertFalse(problem.get("error_id").asText().isBlank());
      assertFalse(reply.body().contains("Exception"), "no stack trace: " + reply.body());
      assertFalse(reply.body().contains("at org."), "no stack trace: " + reply.body());
      assertEquals(503, brokenApi.get("/health", null).status());
    } finally {
      broken.stop();
    }
  }

  static JsonNode assertProblem(Api.Reply reply, int status) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(
        reply.contentType().startsWith("application/problem+json"),
        "problem+json, not " + reply.contentType());
    JsonNode problem = reply.json();
    assertEquals(status, problem.get("status").asInt());
    for (String field : new String[] {"type", "title", "detail", "instance"}) {
      assertTrue(problem.hasNonNull(field), "problem field " + field + " in " + problem);
    }
    return problem;
  }
}
