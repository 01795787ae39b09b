package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Content search over HTTP: ranking, query syntax, filters, snippets, facets and bad input. */
class SearchApiTest {

  private static Api api;
  private static String author;
  private static String other;
  private static String token;
  private static String otherToken;
  private static String titled;
  private static String bodied;

  @BeforeAll
  static void setUp() {
    api = TestServer.shared().api();
    List<String> staff = staff("SALES");
    author = staff.get(0);
    other = staff.get(1);
    token = api.token(author);
    otherToken = api.token(other);
    api.post(
        "/api/v1/spaces",
        Map.of("slug", "sa-lab", "name", "Search lab", "visibility", "public"),
        token);
    api.put("/api/v1/spaces/sa-lab/members/" + other, Map.of("role", "member"), token);
    WikiClient wiki = new WikiClient(api);
    assertEquals(
        201,
        wiki.create(
                "sa-lab",
                "quarzelite-guide",
                "Quarzelite rollout guide",
                "How we plan the rollout, step by step.",
                token)
            .status());
    titled = "page";
    bodied =
        status(
            otherToken,
            Map.of(
                "status",
                "Notes on quarzelite and the blue harbour migration #sanotes",
                "space",
                "sa-lab"));
    status(token, Map.of("status", "The harbour is blue today, no migration talk"));
    status(token, Map.of("status", "Escaping test <script>alert(1)</script> zindlewort"));
    TestServer.shared().services().dispatcher().drain();
    TestServer.shared().services().search().refresh();
  }

  static List<String> staff(String unit) {
    String hr = api.token("hr");
    return PeopleApiTest.usernames(
            api.get("/api/v1/people?business_unit=" + unit + "&limit=10", hr).json())
        .stream()
        .filter(u -> !List.of("admin", "hr", "partner").contains(u))
        .toList();
  }

  static String status(String token, Map<String, Object> body) {
    Api.Reply reply = api.post("/api/v1/statuses", body, token);
    assertEquals(201, reply.status(), reply.body());
    return reply.json().get("id").asText();
  }

  private static JsonNode search(String query) {
    Api.Reply reply = api.get("/api/v1/search?" + query, token);
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  private static List<String> types(JsonNode results) {
    List<String> types = new ArrayList<>();
    results.get("results").forEach(hit -> types.add(hit.get("type").asText()));
    return types;
  }

  @Test
  @DisplayName("a post is found within a second of its acknowledgement")
  void nearRealTime() throws InterruptedException {
    String id = status(token, Map.of("status", "Fresh news about vortiplex " + Instant.now()));
    Instant acknowledged = Instant.now();
    Instant deadline = acknowledged.plus(Duration.ofSeconds(1));
    boolean found = false;
    while (!found && Instant.now().isBefore(deadline)) {
      JsonNode results = search("q=vortiplex");
      for (JsonNode hit : results.get("results")) {
        found |= hit.get("id").asText().equals(id);
      }
      if (!found) {
        Thread.sleep(20);
      }
    }
    assertTrue(found, "the post was not searchable within 1 s of its acknowledgement");
  }

  @Test
  @DisplayName("a title match ranks above a body match; each hit has a link and a score")
  void titlesWeighMore() {
    JsonNode results = search("q=quarzelite");
    assertEquals(2, results.get("total").asInt(), results.toString());
    JsonNode first = results.get("results").get(0);
    assertEquals("pages", first.get("type").asText());
    assertEquals("Quarzelite rollout guide", first.get("title").asText());
    assertEquals("/api/v1/spaces/sa-lab/pages/quarzelite-guide", first.get("url").asText());
    assertTrue(
        first.get("score").asDouble() > results.get("results").get(1).get("score").asDouble());
    assertEquals(bodied, results.get("results").get(1).get("id").asText());
  }

  @Test
  @DisplayName("phrases match words in order only; prefixes and typos still find")
  void phrasesPrefixesTypos() {
    assertEquals(1, search("q=" + Api.encode("\"blue harbour\"")).get("total").asInt());
    assertEquals(2, search("q=" + Api.encode("blue harbour")).get("total").asInt());
    assertEquals(2, search("q=quarzel").get("total").asInt(), "a prefix");
    assertEquals(2, search("q=quarzelyte").get("total").asInt(), "a typo");
    assertEquals(2, search("q=quarz*").get("total").asInt(), "an explicit wildcard");
  }

  @Test
  @DisplayName("filters by type, space, author, tag and dates; sorts by date")
  void filtersAndSort() {
    assertEquals(List.of("statuses"), types(search("q=quarzelite&type=statuses")));
    assertEquals(2, search("q=quarzelite&space=sa-lab").get("total").asInt());
    assertEquals(1, search("q=harbour&space=sa-lab").get("total").asInt());
    assertEquals(1, search("q=harbour&author=" + author).get("total").asInt());
    assertEquals(1, search("q=harbour&tag=sanotes").get("total").asInt());
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String lastYear = LocalDate.now(ZoneOffset.UTC).minusYears(1).toString();
    assertEquals(2, search("q=harbour&from=" + today).get("total").asInt());
    assertEquals(0, search("q=harbour&to=" + lastYear).get("total").asInt());
    JsonNode byDate = search("q=harbour&sort=date");
    Instant first = Instant.parse(byDate.get("results").get(0).get("date").asText());
    Instant second = Instant.parse(byDate.get("results").get(1).get("date").asText());
    assertFalse(first.isBefore(second), "newest first");
  }

  @Test
  @DisplayName("snippets are escaped HTML with only the highlight marks as tags")
  void snippetsEscaped() {
    JsonNode hit = search("q=zindlewort").get("results").get(0);
    String snippet = hit.get("snippet").asText();
    assertTrue(snippet.contains("<mark>zindlewort</mark>"), snippet);
    assertTrue(snippet.contains("&lt;script&gt;"), snippet);
    assertFalse(snippet.contains("<script>"), snippet);
  }

  @Test
  @DisplayName("facets count matches by type and space, and type counts ignore the type filter")
  void facets() {
    JsonNode facets = search("q=quarzelite&type=pages").get("facets");
    assertEquals(1, facets.get("type").get("pages").asInt());
    assertEquals(1, facets.get("type").get("statuses").asInt());
    assertEquals(1, facets.get("space").get("sa-lab").asInt());
  }

  @Test
  @DisplayName("people are found by skill, and facet by business unit")
  void people() {
    JsonNode results = search("type=people&business_unit=SALES&limit=5");
    assertTrue(results.get("total").asInt() >= 2, results.toString());
    results.get("results").forEach(hit -> assertEquals("people", hit.get("type").asText()));
    assertEquals(
        results.get("total").asInt(),
        results.get("facets").get("business_unit").get("SALES").asInt());
  }

  @Test
  @DisplayName("bad input is a 400 problem, never a 500; limit is capped")
  void badInput() {
    for (String q : List.of("foo AND (", "*harbour", "a*", "[a TO z]", "x".repeat(1001))) {
      ErrorsTest.assertProblem(api.get("/api/v1/search?q=" + Api.encode(q), token), 400);
    }
    ErrorsTest.assertProblem(api.get("/api/v1/search?q=x&sort=random", token), 400);
    ErrorsTest.assertProblem(api.get("/api/v1/search?q=x&from=yesterday", token), 400);
    ErrorsTest.assertProblem(api.get("/api/v1/search?q=x&type=" + Api.encode("a b"), token), 400);
    assertEquals(200, api.get("/api/v1/search?q=" + Api.encode("harbour~2"), token).status());
    assertEquals(200, api.get("/api/v1/search?q=" + Api.encode("A/B testing"), token).status());
    JsonNode all = search("type=people&limit=100000");
    assertEquals(50, all.get("results").size());
    assertEquals(401, api.get("/api/v1/search?q=harbour", null).status());
  }

  @Test
  @DisplayName("only administrators rebuild the index, which is audited and loses nothing")
  void reindex() {
    ErrorsTest.assertProblem(api.post("/api/v1/admin/reindex", Map.of(), token), 403);
    Api.Reply reply = api.post("/api/v1/admin/reindex", Map.of(), api.token("admin"));
    assertEquals(200, reply.status(), reply.body());
    assertTrue(reply.json().get("documents").asLong() > TestServer.PEOPLE);
    assertEquals(2, search("q=quarzelite").get("total").asInt());
    long audited =
        TestServer.shared()
            .services()
            .tx()
            .read(
                () ->
                    TestServer.shared()
                        .services()
                        .tx()
                        .session()
                        .createNativeQuery(
                            "select count(*) from audit_log where action = 'search.reindex'",
                            Long.class)
                        .getSingleResult());
    assertTrue(audited >= 1);
    JsonNode health = api.get("/health", null).json();
    assertEquals("up", health.get("checks").get("index").asText());
  }
}
