package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Watching wiki pages and whole wikis, and mentions on pages: the right people are notified through
 * the outbox, never the editor themself, and never anyone who cannot read the space.
 */
class WikiWatchTest {

  private static Api api;
  private static WikiClient wiki;
  private static String ownerName;
  private static String watcherName;
  private static String leaverName;
  private static String outsiderName;
  private static String owner;
  private static String watcher;
  private static String leaver;
  private static String outsider;
  private static final String SPACE = "ww-team";

  @BeforeAll
  static void start() {
    api = TestServer.shared().api();
    wiki = new WikiClient(api);
    List<String> staff =
        PeopleApiTest.usernames(
                api.get("/api/v1/people?business_unit=MKT&limit=20", api.token("hr")).json())
            .stream()
            .filter(u -> !List.of("admin", "hr", "partner").contains(u))
            .skip(6)
            .toList();
    ownerName = staff.get(0);
    watcherName = staff.get(1);
    leaverName = staff.get(2);
    outsiderName = staff.get(3);
    owner = api.token(ownerName);
    watcher = api.token(watcherName);
    leaver = api.token(leaverName);
    outsider = api.token(outsiderName);
    assertEquals(
        201,
        api.post(
                "/api/v1/spaces",
                Map.of("slug", SPACE, "name", "Watched", "visibility", "private"),
                owner)
            .status());
    for (String member : List.of(watcherName, leaverName)) {
      api.put("/api/v1/spaces/" + SPACE + "/members/" + member, Map.of("role", "member"), owner);
    }
  }

  @Test
  @DisplayName("watch a page: another's edit notifies, your own does not; unwatch stops it")
  void watchPage() {
    assertEquals(201, wiki.create(SPACE, "wp-page", "Watched page", "v1", owner).status());
    // watchers are read when the outbox delivers a change: let the creation pass before watching
    settle();
    String watch = WikiClient.path(SPACE, "wp-page") + "/watch";
    Api.Reply watched = api.post(watch, Map.of(), watcher);
    assertEquals(200, watched.status(), watched.body());
    assertTrue(watched.json().get("page").asBoolean());
    assertTrue(api.get(watch, watcher).json().get("page").asBoolean());
    api.post(watch, Map.of(), owner);

    save("wp-page", owner, "v2");
    settle();
    List<JsonNode> toWatcher = about("wp-page", "wiki_edit", watcher);
    assertEquals(1, toWatcher.size());
    JsonNode notice = toWatcher.getFirst();
    assertEquals(ownerName, notice.get("account").get("username").asText());
    assertEquals(SPACE, notice.get("space").get("slug").asText());
    assertEquals("Watched page", notice.get("page").get("title").asText());
    assertEquals(2, notice.get("page").get("revision").asInt());
    assertEquals("/spaces/" + SPACE + "/pages/wp-page", notice.get("page").get("url").asText());
    assertEquals(List.of(), about("wp-page", "wiki_edit", owner), "never the editor");
    String page =
        WebSession.signIn(api, watcherName, Api.DEMO_PASSWORD).get("/notifications").body();
    assertTrue(page.contains("edited the page Watched page"), "the notifications page says so");
    assertTrue(page.contains("href=\"/spaces/" + SPACE + "/pages/wp-page\""));

    save("wp-page", watcher, "v3");
    settle();
    assertEquals(1, about("wp-page", "wiki_edit", owner).size(), "the owner watches too");

    Api.Reply unwatched = api.delete(watch, watcher);
    assertEquals(200, unwatched.status());
    assertFalse(unwatched.json().get("page").asBoolean());
    save("wp-page", owner, "v4");
    settle();
    assertEquals(1, about("wp-page", "wiki_edit", watcher).size(), "no news after unwatching");
  }

  @Test
  @DisplayName("watch a whole wiki: a new page and an edit anywhere notify")
  void watchWiki() {
    String watch = "/api/v1/spaces/" + SPACE + "/wiki/watch";
    Api.Reply watched = api.post(watch, Map.of(), watcher);
    assertEquals(200, watched.status(), watched.body());
    assertTrue(watched.json().get("wiki").asBoolean());
    assertEquals(201, wiki.create(SPACE, "ww-new", "Brand new", "hello", owner).status());
    save("ww-new", owner, "hello again");
    settle();
    assertEquals(2, about("ww-new", "wiki_edit", watcher).size());
    assertEquals(200, api.delete(watch, watcher).status());
    save("ww-new", owner, "third");
    settle();
    assertEquals(2, about("ww-new", "wiki_edit", watcher).size());
  }

  @Test
  @DisplayName("deleting a watched page tells its watchers, not the one who deleted it")
  void deletion() {
    assertEquals(201, wiki.create(SPACE, "wd-page", "Soon gone", "bye", owner).status());
    settle();
    assertEquals(
        200, api.post(WikiClient.path(SPACE, "wd-page") + "/watch", Map.of(), watcher).status());
    api.post(WikiClient.path(SPACE, "wd-page") + "/watch", Map.of(), owner);
    assertEquals(204, api.delete(WikiClient.path(SPACE, "wd-page"), owner).status());
    settle();

    List<JsonNode> toWatcher = about("wd-page", "wiki_delete", watcher);
    assertEquals(1, toWatcher.size());
    assertEquals("Soon gone", toWatcher.getFirst().get("page").get("title").asText());
    assertEquals(ownerName, toWatcher.getFirst().get("account").get("username").asText());
    assertEquals(List.of(), about("wd-page", "wiki_delete", owner), "not the one who deleted");
    String page =
        WebSession.signIn(api, watcherName, Api.DEMO_PASSWORD).get("/notifications").body();
    assertTrue(page.contains("deleted the page Soon gone"), "the notifications page says so");
  }

  @Test
  @DisplayName("nobody who cannot read the space watches it or hears of it")
  void nonReaders() {
    assertEquals(201, wiki.create(SPACE, "nr-page", "Members only", "x", owner).status());
    settle();
    String watch = WikiClient.path(SPACE, "nr-page") + "/watch";
    assertEquals(403, api.post(watch, Map.of(), outsider).status());
    assertEquals(200, api.post(watch, Map.of(), leaver).status());
    api.post("/api/v1/spaces/" + SPACE + "/wiki/watch", Map.of(), leaver);
    assertEquals(
        204, api.delete("/api/v1/spaces/" + SPACE + "/members/" + leaverName, owner).status());
    save("nr-page", owner, "after the leaver left @" + leaverName + " @" + outsiderName);
    settle();
    assertEquals(List.of(), about("nr-page", "wiki_edit", leaver));
    assertEquals(List.of(), about("nr-page", "wiki_mention", leaver));
    assertEquals(List.of(), about("nr-page", "wiki_mention", outsider));
  }

  @Test
  @DisplayName("a mention on a page notifies once, when it is added, and not the editor")
  void mentions() {
    assertEquals(
        201,
        wiki.create(
                SPACE, "mn-page", "Mentions", "Ask @" + watcherName + " or @" + ownerName, owner)
            .status());
    settle();
    assertEquals(1, about("mn-page", "wiki_mention", watcher).size());
    assertEquals(List.of(), about("mn-page", "wiki_mention", owner), "not the editor");

    save("mn-page", owner, "Still ask @" + watcherName + ", or `@" + leaverName + "` in code");
    settle();
    assertEquals(1, about("mn-page", "wiki_mention", watcher).size(), "only new mentions notify");

    save("mn-page", owner, "Ask @" + watcherName.toUpperCase() + " and @no.such.person");
    settle();
    assertEquals(1, about("mn-page", "wiki_mention", watcher).size());
  }

  private static void save(String page, String token, String body) {
    JsonNode current = api.get(WikiClient.path(SPACE, page), token).json();
    Api.Reply saved =
        wiki.update(
            SPACE,
            page,
            current.get("revision").asInt(),
            WikiClient.page(current.get("title").asText(), body, null, null),
            token);
    assertEquals(200, saved.status(), saved.body());
  }

  /** Runs the outbox until the wiki's notifier and the notifier after it have both caught up. */
  private static void settle() {
    TestServer.shared().services().dispatcher().drain();
    TestServer.shared().services().dispatcher().drain();
  }

  /** The caller's notifications of {@code type} about page {@code page} of the space. */
  private static List<JsonNode> about(String page, String type, String token) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode n : api.get("/api/v1/notifications?limit=40", token).json()) {
      if (n.get("type").asText().equals(type)
          && !n.get("page").isNull()
          && n.get("page").get("slug").asText().equals(page)
          && n.get("space").get("slug").asText().equals(SPACE)) {
        found.add(n);
      }
    }
    return found;
  }
}
