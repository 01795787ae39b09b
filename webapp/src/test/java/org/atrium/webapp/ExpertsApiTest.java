package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Expertise search over HTTP: declared skills, endorsements and contributions through the
 * taxonomy's synonyms, with evidence, facets, the cross-unit view, and no deactivated people.
 */
class ExpertsApiTest {

  private static Api api;
  private static String declarer;
  private static String writer;
  private static String leaver;
  private static String token;

  @BeforeAll
  static void setUp() {
    api = TestServer.shared().api();
    List<String> cs = staff("CS");
    List<String> mkt = staff("MKT");
    declarer = cs.get(0);
    writer = mkt.get(0);
    leaver = mkt.get(1);
    token = api.token(declarer);
    String writerToken = api.token(writer);
    assertTrue(
        api.put("/api/v1/people/" + declarer + "/skills/Kubernetes", Map.of("level", 5), token)
                .status()
            < 300);
    for (String colleague : List.of(cs.get(1), cs.get(2))) {
      api.post(
          "/api/v1/people/" + declarer + "/skills/Kubernetes/endorsements",
          Map.of(),
          api.token(colleague));
    }
    api.post(
        "/api/v1/spaces",
        Map.of("slug", "ex-platform", "name", "Platform guild", "visibility", "public"),
        writerToken);
    assertEquals(
        201,
        new WikiClient(api)
            .create(
                "ex-platform",
                "k8s-upgrades",
                "k8s cluster upgrades",
                "How we upgrade our k8s clusters without downtime.",
                writerToken)
            .status());
    String post =
        api.post("/api/v1/statuses", Map.of("status", "Kube tip: drain nodes first"), writerToken)
            .json()
            .get("id")
            .asText();
    api.post("/api/v1/statuses/" + post + "/favourite", Map.of(), token);
    api.post(
        "/api/v1/statuses", Map.of("status", "My k8s notes, kept for later"), api.token(leaver));
    api.post("/api/v1/admin/people/" + leaver + "/deactivate", Map.of(), api.token("hr"));
    TestServer.shared().services().dispatcher().drain();
    TestServer.shared().services().search().refresh();
  }

  private static List<String> staff(String unit) {
    return PeopleApiTest.usernames(
            api.get("/api/v1/people?business_unit=" + unit + "&limit=10", api.token("hr")).json())
        .stream()
        .filter(u -> !List.of("admin", "hr", "partner").contains(u))
        .toList();
  }

  private static JsonNode experts(String query) {
    Api.Reply reply = api.get("/api/v1/experts?" + query, token);
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  private static JsonNode find(JsonNode experts, String username) {
    for (JsonNode expert : experts) {
      if (expert.get("person").get("username").asText().equals(username)) {
        return expert;
      }
    }
    return null;
  }

  @Test
  @DisplayName("declared skill and endorsements rank a person, with that evidence and a reason")
  void declared() {
    JsonNode expert = find(experts("q=kubernetes&limit=50"), declarer);
    assertNotNull(expert, "the person declaring Kubernetes at level 5");
    List<String> kinds = new ArrayList<>();
    expert.get("evidence").forEach(e -> kinds.add(e.get("kind").asText()));
    assertTrue(kinds.containsAll(List.of("skill", "endorsement")), kinds.toString());
    assertTrue(expert.get("why").asText().contains("level 5"), expert.toString());
    assertTrue(expert.get("why").asText().contains("2 colleagues"), expert.toString());
    assertTrue(expert.get("score").asDouble() > 0);
  }

  @Test
  @DisplayName("contributions count through synonyms, each piece of evidence with a link")
  void contributions() {
    JsonNode expert = find(experts("q=kubernetes&limit=50"), writer);
    assertNotNull(expert, "the person who wrote about k8s and kube");
    Set<String> urls = new HashSet<>();
    expert.get("evidence").forEach(e -> urls.add(e.get("url").asText()));
    assertTrue(urls.contains("/api/v1/spaces/ex-platform/pages/k8s-upgrades"), urls.toString());
    assertTrue(expert.get("why").asText().contains("1 page and 1 post"), expert.toString());
    assertEquals(null, find(experts("q=kubernetes&limit=50&signals=declared"), writer));
  }

  @Test
  @DisplayName("deactivated people never appear, whatever they wrote")
  void deactivatedNeverAppear() {
    assertEquals(null, find(experts("q=kubernetes&limit=50"), leaver));
    assertEquals(null, find(experts("q=k8s&limit=50"), leaver));
  }

  @Test
  @DisplayName("filters and facets by business unit; the cross-unit view spreads units")
  void unitsAndLocations() {
    JsonNode mkt = experts("q=kubernetes&business_unit=MKT&limit=50");
    assertTrue(mkt.size() >= 1);
    mkt.forEach(e -> assertEquals("MKT", unitOf(e), e.toString()));
    JsonNode facets = api.get("/api/v1/experts/facets?q=kubernetes", token).json();
    assertTrue(facets.get("business_unit").size() >= 2, facets.toString());
    assertTrue(facets.has("location"));
    JsonNode spread = experts("q=kubernetes&view=cross_unit&limit=50");
    int units = Math.min(facets.get("business_unit").size(), spread.size());
    Set<String> first = new HashSet<>();
    for (int i = 0; i < units; i++) {
      first.add(unitOf(spread.get(i)));
    }
    assertEquals(units, first.size(), "the first results come from different units");
  }

  private static String unitOf(JsonNode expert) {
    return expert.get("person").get("business_unit").asText();
  }

  @Test
  @DisplayName("bad input is a 400 problem")
  void badInput() {
    ErrorsTest.assertProblem(api.get("/api/v1/experts", token), 400);
    ErrorsTest.assertProblem(api.get("/api/v1/experts?q=x&view=sideways", token), 400);
    ErrorsTest.assertProblem(api.get("/api/v1/experts?q=" + "x".repeat(1001), token), 400);
    assertFalse(experts("q=kubernetes&limit=500").size() > 50);
  }
}
