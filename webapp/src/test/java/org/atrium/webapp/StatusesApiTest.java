package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The "Microblog" rows of api.md: posting, threads, favourites, follows, timelines. */
class StatusesApiTest {

  private static Api api;
  private static String aliceName;
  private static String alice;
  private static String bobName;
  private static String bob;

  @BeforeAll
  static void start() {
    api = TestServer.shared().api();
    String hr = api.token("hr");
    List<String> people =
        PeopleApiTest.usernames(api.get("/api/v1/people?business_unit=CS&limit=2", hr).json());
    aliceName = people.get(0);
    bobName = people.get(1);
    alice = api.token(aliceName);
    bob = api.token(bobName);
  }

  @Test
  @DisplayName("a post carries sanitised HTML, its source, mentions and tags")
  void post() {
    Api.Reply posted =
        post(
            alice,
            Map.of(
                "status",
                "Shipping **today** with @" + bobName + " #Release42 https://example.com"));
    assertEquals(201, posted.status(), posted.body());
    JsonNode status = posted.json();
    assertTrue(status.get("id").isTextual(), "ids are strings");
    assertTrue(posted.header("Location").endsWith("/api/v1/statuses/" + status.get("id").asText()));
    assertTrue(status.get("content").asText().contains("<strong>today</strong>"));
    assertTrue(status.get("content").asText().contains("href=\"/people/" + bobName + "\""));
    assertTrue(status.get("content").asText().contains("href=\"https://example.com\""));
    assertEquals(bobName, status.get("mentions").get(0).get("username").asText());
    assertEquals("release42", status.get("tags").get(0).get("name").asText());
    assertEquals(aliceName, status.get("account").get("username").asText());
    assertEquals(200, api.get("/api/v1/statuses/" + status.get("id").asText(), bob).status());
  }

  @Test
  @DisplayName("empty and oversized posts are 422; unknown ids 404")
  void badInput() {
    ErrorsTest.assertProblem(post(alice, Map.of("status", "   ")), 422);
    ErrorsTest.assertProblem(post(alice, Map.of("status", "x".repeat(5001))), 422);
    assertEquals(201, post(alice, Map.of("status", "x".repeat(5000))).status());
    ErrorsTest.assertProblem(api.get("/api/v1/statuses/999999999", alice), 404);
    ErrorsTest.assertProblem(api.get("/api/v1/statuses/not-an-id", alice), 404);
    ErrorsTest.assertProblem(
        post(alice, Map.of("status", "reply", "in_reply_to_id", "999999999")), 404);
    ErrorsTest.assertProblem(
        post(alice, Map.of("status", "where?", "space", "no-such-space")), 404);
  }

  @Test
  @DisplayName("replies form threads; context lists ancestors and descendants")
  void threads() {
    String root = post(alice, Map.of("status", "Root")).json().get("id").asText();
    String reply =
        post(bob, Map.of("status", "Reply", "in_reply_to_id", root)).json().get("id").asText();
    String nested =
        post(alice, Map.of("status", "Nested", "in_reply_to_id", reply)).json().get("id").asText();
    JsonNode context = api.get("/api/v1/statuses/" + reply + "/context", alice).json();
    assertEquals(List.of(root), ids(context.get("ancestors")));
    assertEquals(List.of(nested), ids(context.get("descendants")));
    JsonNode rootContext = api.get("/api/v1/statuses/" + root + "/context", alice).json();
    assertEquals(List.of(reply, nested), ids(rootContext.get("descendants")));
    assertEquals(1, api.get("/api/v1/statuses/" + root, alice).json().get("replies_count").asInt());
    assertEquals(
        root, api.get("/api/v1/statuses/" + reply, alice).json().get("in_reply_to_id").asText());
  }

  @Test
  @DisplayName("favourites are idempotent and counted")
  void favourites() {
    String id = post(alice, Map.of("status", "Like me")).json().get("id").asText();
    api.post("/api/v1/statuses/" + id + "/favourite", Map.of(), bob);
    JsonNode twice = api.post("/api/v1/statuses/" + id + "/favourite", Map.of(), bob).json();
    assertEquals(1, twice.get("favourites_count").asInt());
    assertTrue(twice.get("favourited").asBoolean());
    JsonNode undone = api.post("/api/v1/statuses/" + id + "/unfavourite", Map.of(), bob).json();
    assertEquals(0, undone.get("favourites_count").asInt());
    assertEquals(
        0,
        api.post("/api/v1/statuses/" + id + "/unfavourite", Map.of(), bob)
            .json()
            .get("favourites_count")
            .asInt());
  }

  @Test
  @DisplayName("authors edit with history kept; authors and moderators delete, others cannot")
  void editAndDelete() {
    String id = post(alice, Map.of("status", "Frist post")).json().get("id").asText();
    ErrorsTest.assertProblem(
        api.put("/api/v1/statuses/" + id, Map.of("status", "hijacked"), bob), 403);
    JsonNode edited =
        api.put("/api/v1/statuses/" + id, Map.of("status", "First post"), alice).json();
    assertEquals("First post", edited.get("text").asText());
    assertFalse(edited.get("edited_at").isNull());
    assertEquals(
        "Frist post",
        api.get("/api/v1/statuses/" + id + "/history", alice).json().get(0).get("text").asText());
    ErrorsTest.assertProblem(api.delete("/api/v1/statuses/" + id, bob), 403);
    assertEquals(204, api.delete("/api/v1/statuses/" + id, alice).status());
    ErrorsTest.assertProblem(api.get("/api/v1/statuses/" + id, alice), 404);

    String other = post(bob, Map.of("status", "Moderate me")).json().get("id").asText();
    assertEquals(204, api.delete("/api/v1/statuses/" + other, api.token("admin")).status());
  }

  @Test
  @DisplayName("home shows followed people and tags; timelines page with max_id and min_id")
  void homeAndPaging() {
    String carol =
        api.token(
            PeopleApiTest.usernames(
                    api.get("/api/v1/people?business_unit=CS&limit=3", api.token("hr")).json())
                .get(2));
    api.post("/api/v1/people/" + aliceName + "/follow", Map.of(), carol);
    api.post("/api/v1/tags/coffee/follow", Map.of(), carol);
    String byAlice = post(alice, Map.of("status", "From Alice")).json().get("id").asText();
    String tagged = post(bob, Map.of("status", "Who wants #coffee")).json().get("id").asText();
    String unrelated = post(bob, Map.of("status", "Nothing for Carol")).json().get("id").asText();
    List<String> home = ids(api.get("/api/v1/timelines/home?limit=40", carol).json());
    assertTrue(home.contains(byAlice));
    assertTrue(home.contains(tagged));
    assertFalse(home.contains(unrelated));
    assertTrue(home.indexOf(tagged) < home.indexOf(byAlice), "newest first");

    Api.Reply first = api.get("/api/v1/timelines/tag/coffee?limit=1", alice);
    assertEquals(List.of(tagged), ids(first.json()));
    assertTrue(first.header("Link") != null || !first.raw().headers().allValues("Link").isEmpty());
    Api.Reply older = api.get("/api/v1/timelines/home?limit=40&max_id=" + tagged, carol);
    assertFalse(ids(older.json()).contains(tagged));
    assertTrue(ids(older.json()).contains(byAlice));
    Api.Reply newer = api.get("/api/v1/timelines/home?limit=40&min_id=" + byAlice, carol);
    assertEquals(tagged, ids(newer.json()).get(0));
    assertTrue(
        ids(api.get("/api/v1/people/" + bobName + "/statuses", carol).json()).contains(unrelated));

    api.post("/api/v1/people/" + aliceName + "/unfollow", Map.of(), carol);
    String after = post(alice, Map.of("status", "After unfollow")).json().get("id").asText();
    assertFalse(ids(api.get("/api/v1/timelines/home", carol).json()).contains(after));
  }

  @Test
  @DisplayName("mentions, replies, favourites and follows notify; dismiss and clear work")
  void notifications() {
    String dave =
        PeopleApiTest.usernames(
                api.get("/api/v1/people?business_unit=LEGAL&limit=3", api.token("hr")).json())
            .get(2);
    String daveToken = api.token(dave);
    api.post("/api/v1/notifications/clear", Map.of(), daveToken);
    String id = post(alice, Map.of("status", "Hey @" + dave)).json().get("id").asText();
    post(
        bob,
        Map.of(
            "status",
            "Reply to Dave",
            "in_reply_to_id",
            post(daveToken, Map.of("status", "Dave says hi")).json().get("id").asText()));
    api.post("/api/v1/people/" + dave + "/follow", Map.of(), alice);
    TestServer.shared().services().dispatcher().drain();
    JsonNode list = api.get("/api/v1/notifications", daveToken).json();
    Map<String, Integer> types = new HashMap<>();
    list.forEach(n -> types.merge(n.get("type").asText(), 1, Integer::sum));
    assertEquals(1, types.get("mention"));
    assertEquals(1, types.get("reply"));
    assertEquals(1, types.get("follow"));
    assertEquals(id, list.get(list.size() - 1).get("status").get("id").asText());
    assertEquals(
        3, api.get("/api/v1/notifications/unread_count", daveToken).json().get("count").asInt());
    assertEquals(
        204,
        api.post(
                "/api/v1/notifications/" + list.get(0).get("id").asText() + "/dismiss",
                Map.of(),
                daveToken)
            .status());
    assertEquals(2, api.get("/api/v1/notifications", daveToken).json().size());
    ErrorsTest.assertProblem(
        api.post(
            "/api/v1/notifications/" + list.get(1).get("id").asText() + "/dismiss",
            Map.of(),
            alice),
        404);
    api.post("/api/v1/notifications/clear", Map.of(), daveToken);
    assertEquals(0, api.get("/api/v1/notifications", daveToken).json().size());
  }

  @Test
  @DisplayName("the user stream pushes updates and notifications, and resumes after Last-Event-ID")
  void liveStream() {
    try (SseClient stream = SseClient.connect(api, bob)) {
      api.post("/api/v1/people/" + aliceName + "/follow", Map.of(), bob);
      String id = post(alice, Map.of("status", "Live for @" + bobName)).json().get("id").asText();
      assertTrue(
          stream.await(
              e -> e.name().equals("update") && e.data().contains("\"id\":\"" + id + "\""),
              Duration.ofSeconds(5)),
          "update arrives");
      assertTrue(
          stream.await(
              e -> e.name().equals("notification") && e.data().contains("\"type\":\"mention\""),
              Duration.ofSeconds(5)),
          "notification arrives");
      String lastSeen = stream.events().getLast().id();
      stream.close();
      String missed =
          post(alice, Map.of("status", "While you were away")).json().get("id").asText();
      api.delete("/api/v1/statuses/" + missed, alice);
      try (SseClient resumed = SseClient.connect(api, bob, lastSeen)) {
        assertTrue(
            resumed.await(
                    e -> e.name().equals("update") && e.data().contains("While you were away"),
                    Duration.ofSeconds(5))
                || resumed.await(
                    e -> e.name().equals("delete") && e.data().equals(missed),
                    Duration.ofSeconds(5)));
        assertTrue(
            resumed.await(
                e -> e.name().equals("delete") && e.data().equals(missed), Duration.ofSeconds(5)),
            "the deletion is replayed");
      }
    }
  }

  @Test
  @DisplayName("Atom feeds list what the reader may see, by session or by revocable feed token")
  void feeds() {
    post(alice, Map.of("status", "Feed me #atomfeed"));
    Api.Reply feed = api.get("/feeds/tags/atomfeed.atom", bob);
    assertEquals(200, feed.status());
    assertTrue(feed.contentType().startsWith("application/atom+xml"));
    assertTrue(feed.body().contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
    assertTrue(feed.body().contains("Feed me"));
    ErrorsTest.assertProblem(api.get("/feeds/tags/atomfeed.atom", null), 401);
    String token = api.post("/api/v1/feeds/token", Map.of(), bob).json().get("token").asText();
    assertTrue(
        api.get("/feeds/people/" + aliceName + ".atom?token=" + token, null)
            .body()
            .contains("Feed me"));
    assertEquals(204, api.delete("/api/v1/feeds/token", bob).status());
    ErrorsTest.assertProblem(api.get("/feeds/tags/atomfeed.atom?token=" + token, null), 401);
  }

  private static Api.Reply post(String token, Map<String, Object> body) {
    return api.post("/api/v1/statuses", body, token);
  }

  static List<String> ids(JsonNode statuses) {
    List<String> ids = new ArrayList<>();
    statuses.forEach(s -> ids.add(s.get("id").asText()));
    return ids;
  }
}
