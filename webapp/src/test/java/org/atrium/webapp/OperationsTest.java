package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Health, metrics and the generated OpenAPI document. */
class OperationsTest {

  private static Api api;

  @BeforeAll
  static void start() {
    api = TestServer.shared().api();
  }

  @Test
  @DisplayName("/health reports the database up")
  void health() {
    Api.Reply reply = api.get("/health", null);
    assertEquals(200, reply.status());
    assertEquals("up", reply.json().get("status").asText());
    assertEquals("up", reply.json().get("checks").get("database").asText());
  }

  @Test
  @DisplayName("/metrics speaks Prometheus and counts HTTP requests")
  void metrics() {
    api.get("/health", null);
    Api.Reply reply = api.get("/metrics", null);
    assertEquals(200, reply.status());
    assertTrue(reply.contentType().startsWith("text/plain"));
    assertTrue(reply.body().contains("http_server_requests_seconds_count"), "request metrics");
    assertTrue(reply.body().contains("jvm_memory_used_bytes"), "JVM metrics");
    assertTrue(reply.body().contains("atrium_outbox_lag "), "the outbox consumers' lag");
  }

  @Test
  @DisplayName("/api/openapi.json is OpenAPI 3.1 and describes every people and wiki endpoint")
  void openApi() {
    JsonNode doc = api.get("/api/openapi.json", null).json();
    assertTrue(doc.get("openapi").asText().startsWith("3.1"));
    JsonNode paths = doc.get("paths");
    for (String path :
        List.of(
            "/api/v1/auth/login",
            "/api/v1/auth/refresh",
            "/api/v1/auth/logout",
            "/api/v1/me",
            "/api/v1/people",
            "/api/v1/people/{username}",
            "/api/v1/people/{username}/reports",
            "/api/v1/people/{username}/manager-chain",
            "/api/v1/people/{username}/skills/{skill}",
            "/api/v1/people/{username}/skills/{skill}/endorsements",
            "/api/v1/skills",
            "/api/v1/business-units",
            "/api/v1/admin/people",
            "/api/v1/admin/people/import",
            "/api/v1/admin/people/{username}/deactivate",
            "/api/v1/spaces/{slug}/pages",
            "/api/v1/spaces/{slug}/pages/{page}",
            "/api/v1/spaces/{slug}/pages/{page}/undelete",
            "/api/v1/spaces/{slug}/pages/{page}/backlinks",
            "/api/v1/spaces/{slug}/pages/{page}/diff",
            "/api/v1/spaces/{slug}/pages/{page}/revisions",
            "/api/v1/spaces/{slug}/pages/{page}/revisions/{number}",
            "/api/v1/spaces/{slug}/pages/{page}/revisions/{number}/restore",
            "/health")) {
      assertTrue(paths.has(path), "OpenAPI describes " + path + "; it has " + paths.properties());
    }
    assertTrue(paths.get("/api/v1/people/{username}").has("patch"));
    JsonNode page = paths.get("/api/v1/spaces/{slug}/pages/{page}");
    assertTrue(page.has("get") && page.has("put") && page.has("delete"), page.toString());
  }
}
