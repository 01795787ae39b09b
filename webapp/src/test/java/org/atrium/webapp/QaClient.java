package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** Community and Q&A calls for tests, each asserting the status a story step expects. */
final class QaClient {

  private final Api api;

  QaClient(Api api) {
    this.api = api;
  }

  /** HR starts a community; {@code owner} becomes an owner and HR stays one. */
  void community(String slug, String visibility, String hrToken) {
    Api.Reply created =
        api.post(
            "/api/v1/spaces",
            Map.of(
                "slug",
                slug,
                "name",
                "Community " + slug,
                "visibility",
                visibility,
                "kind",
                "community"),
            hrToken);
    assertEquals(201, created.status(), created.body());
  }

  void member(String slug, String username, String role, String ownerToken) {
    Api.Reply reply =
        api.put(
            "/api/v1/spaces/" + slug + "/members/" + username, Map.of("role", role), ownerToken);
    assertEquals(200, reply.status(), reply.body());
  }

  Api.Reply ask(String slug, String title, String body, List<String> tags, String token) {
    return api.post(
        "/api/v1/spaces/" + slug + "/questions",
        Map.of("title", title, "body", body, "tags", tags),
        token);
  }

  String asked(String slug, String title, String body, List<String> tags, String token) {
    Api.Reply reply = ask(slug, title, body, tags, token);
    assertEquals(201, reply.status(), reply.body());
    return reply.json().get("id").asText();
  }

  Api.Reply answer(String question, String body, String token) {
    return api.post("/api/v1/questions/" + question + "/answers", Map.of("body", body), token);
  }

  String answered(String question, String body, String token) {
    Api.Reply reply = answer(question, body, token);
    assertEquals(201, reply.status(), reply.body());
    return reply.json().get("id").asText();
  }

  Api.Reply vote(String answer, Object value, String token) {
    return api.post("/api/v1/answers/" + answer + "/vote", Map.of("value", value), token);
  }

  Api.Reply accept(String question, String answer, String token) {
    return api.post(
        "/api/v1/questions/" + question + "/accept", Map.of("answer_id", answer), token);
  }

  JsonNode question(String id, String token) {
    Api.Reply reply = api.get("/api/v1/questions/" + id, token);
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }
}
