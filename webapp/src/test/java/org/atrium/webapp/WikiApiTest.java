package org.atrium.webapp;

import static org.atrium.webapp.WikiClient.page;
import static org.atrium.webapp.WikiClient.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.atrium.platform.outbox.OutboxEvent;
import org.atrium.platform.outbox.OutboxLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The "Wiki" rows of api.md: pages, the tree, conditional saves, history, diffs, backlinks. */
class WikiApiTest {

  /** What rendered wiki pages may contain beyond a status: headings, tables, rules, images. */
  static final Set<String> WIKI_TAGS =
      Set.of(
          "p",
          "br",
          "strong",
          "em",
          "del",
          "code",
          "pre",
          "blockquote",
          "ul",
          "ol",
          "li",
          "a",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "hr",
          "table",
          "thead",
          "tbody",
          "tr",
          "th",
          "td",
          "img");

  static final Set<String> WIKI_ATTRIBUTES =
      Set.of("href", "class", "rel", "src", "alt", "title", "align");

  private static final Set<String> DIFF_TAGS = Set.of("table", "tbody", "tr", "td", "del", "ins");

  private static Api api;
  private static WikiClient wiki;
  private static String ownerName;
  private static String owner;
  private static String colleague;
  private static String outsider;
  private static String partner;

  @BeforeAll
  static void start() {
    api = TestServer.shared().api();
    wiki = new WikiClient(api);
    List<String> people =
        PeopleApiTest.usernames(
            api.get("/api/v1/people?business_unit=ENG&limit=3", api.token("hr")).json());
    ownerName = people.get(0);
    owner = api.token(ownerName);
    colleague = api.token(people.get(1));
    outsider = api.token(people.get(2));
    partner = api.token("partner");
  }

  @Test
  @DisplayName("a page is created with If-None-Match: *, read back with its ETag, and in the tree")
  void createReadAndTree() {
    space("wiki-handbook", "public");
    Api.Reply created =
        wiki.create(
            "wiki-handbook",
            "home",
            page("Handbook", "# Welcome\n\nStart with [[onboarding]].", null, "first draft"),
            owner);
    assertEquals(201, created.status(), created.body());
    assertTrue(created.header("Location").endsWith(path("wiki-handbook", "home")));
    assertEquals("\"1\"", created.header("ETag"));
    assertEquals(1, created.json().get("revision").asInt());

    Api.Reply child =
        wiki.create(
            "wiki-handbook",
            "onboarding",
            page(
                "Onboarding",
                "| step | who |\n|---|:-:|\n| laptop | IT |\n\n![laptop](https://example.com/l.png)",
                "home",
                null),
            colleagueInSpace("wiki-handbook"));
    assertEquals(201, child.status(), child.body());
    assertEquals("home", child.json().get("parent").asText());

    Api.Reply read = api.get(path("wiki-handbook", "home"), outsider);
    assertEquals(200, read.status(), read.body());
    assertEquals("\"1\"", read.header("ETag"));
    JsonNode home = read.json();
    assertEquals("home", home.get("slug").asText());
    assertEquals("Handbook", home.get("title").asText());
    assertTrue(home.get("parent").isNull());
    assertEquals("# Welcome\n\nStart with [[onboarding]].", home.get("body").asText());
    assertTrue(home.get("html").asText().contains("<h1>Welcome</h1>"), home.toString());
    assertTrue(
        home.get("html").asText().contains("href=\"/spaces/wiki-handbook/pages/onboarding\""),
        "[[page]] links to the page: " + home.get("html"));
    assertTrue(home.get("html").asText().contains("class=\"wikilink\""));
    assertEquals(1, home.get("revision").asInt());
    assertNotNull(home.get("updated_at").asText());
    assertEquals(ownerName, home.get("updated_by").get("username").asText());
    String onboardingHtml =
        api.get(path("wiki-handbook", "onboarding"), owner).json().get("html").asText();
    assertTrue(onboardingHtml.contains("<table>"), "GFM tables render: " + onboardingHtml);
    assertTrue(onboardingHtml.contains("<td align=\"center\">IT</td>"), onboardingHtml);
    assertTrue(
        onboardingHtml.contains("<img src=\"https://example.com/l.png\" alt=\"laptop\""),
        onboardingHtml);

    JsonNode tree = api.get("/api/v1/spaces/wiki-handbook/pages", outsider).json();
    assertEquals(List.of("Handbook", "Onboarding"), titles(tree));
    JsonNode onboarding = tree.get(1);
    assertEquals("onboarding", onboarding.get("slug").asText());
    assertEquals("home", onboarding.get("parent").asText());
    assertEquals(1, onboarding.get("revision").asInt());
    assertTrue(onboarding.hasNonNull("updated_at"));

    JsonNode exists =
        ErrorsTest.assertProblem(wiki.create("wiki-handbook", "home", "Again", "x", owner), 409);
    assertTrue(exists.get("detail").asText().contains("If-Match"), exists.toString());
    ErrorsTest.assertProblem(api.get(path("wiki-handbook", "no-such-page"), owner), 404);
    ErrorsTest.assertProblem(api.get("/api/v1/spaces/no-such-space/pages", owner), 404);
  }

  @Test
  @DisplayName("an update names the revision it edited: 428 without, 412 with a stale one")
  void conditionalUpdates() {
    space("wiki-runbook", "public");
    wiki.create("wiki-runbook", "deploy", "Deploy", "Step one\nStep two\n", owner);

    JsonNode required =
        ErrorsTest.assertProblem(
            wiki.put(
                "wiki-runbook", "deploy", page("Deploy", "blind", null, null), owner, null, null),
            428);
    assertTrue(required.get("detail").asText().contains("If-Match"));
    ErrorsTest.assertProblem(
        wiki.put(
            "wiki-runbook", "deploy", page("Deploy", "x", null, null), owner, "If-Match", "three"),
        400);

    Api.Reply mine =
        wiki.update(
            "wiki-runbook",
            "deploy",
            1,
            page("Deploy", "Step one\nStep two, carefully\n", null, "mine"),
            owner);
    assertEquals(200, mine.status(), mine.body());
    assertEquals("\"2\"", mine.header("ETag"));
    assertEquals(2, mine.json().get("revision").asInt());

    Api.Reply theirs =
        wiki.update(
            "wiki-runbook",
            "deploy",
            1,
            page("Deploy", "Step one\nStep two, quickly\n", null, "theirs"),
            owner);
    JsonNode stale = ErrorsTest.assertProblem(theirs, 412);
    JsonNode current = stale.get("current");
    assertEquals(2, current.get("revision").asInt(), stale.toString());
    assertEquals("Deploy", current.get("title").asText());
    assertEquals("Step one\nStep two, carefully\n", current.get("body").asText());
    assertEquals(ownerName, current.get("updated_by").get("username").asText());
    String diff = stale.get("diff").asText();
    assertTrue(diff.contains("--- deploy@1\n+++ deploy@2\n"), diff);
    assertTrue(diff.contains("\n-Step two\n+Step two, carefully\n"), diff);
    assertEquals(
        2,
        api.get(path("wiki-runbook", "deploy"), owner).json().get("revision").asInt(),
        "the stale save wrote nothing");

    Api.Reply merged =
        wiki.update(
            "wiki-runbook",
            "deploy",
            current.get("revision").asInt(),
            page("Deploy", "Step one\nStep two, carefully and quickly\n", null, "merged"),
            owner);
    assertEquals(200, merged.status(), merged.body());
    assertEquals("\"3\"", merged.header("ETag"));

    ErrorsTest.assertProblem(
        wiki.update("wiki-runbook", "nowhere", 1, page("Nowhere", "x", null, null), owner), 404);
    ErrorsTest.assertProblem(
        wiki.put(
            "wiki-runbook",
            "deploy",
            page("Deploy", "x", null, null),
            owner,
            "If-None-Match",
            "\"3\""),
        400);
  }

  @Test
  @DisplayName("every save is a revision: history, one revision, diffs and restore")
  void historyDiffAndRestore() {
    space("wiki-history", "public");
    wiki.create("wiki-history", "faq", page("FAQ", "Q: why?\nA: because.", null, "start"), owner);
    wiki.update(
        "wiki-history", "faq", 1, page("FAQ", "Q: why?\nA: because we can.", null, null), owner);
    wiki.update(
        "wiki-history",
        "faq",
        2,
        page("Questions", "Q: why?\nA: because we can.\nQ: how?", null, "more"),
        owner);

    Api.Reply first = api.get(path("wiki-history", "faq") + "/revisions?limit=2", outsider);
    assertEquals(200, first.status(), first.body());
    JsonNode newest = first.json().get(0);
    assertEquals(3, newest.get("number").asInt());
    assertEquals("more", newest.get("comment").asText());
    assertEquals(ownerName, newest.get("author").get("username").asText());
    assertTrue(newest.hasNonNull("created_at"));
    assertTrue(first.json().get(1).get("comment").isNull(), "no comment given");
    String next = first.header("Link");
    assertTrue(next != null && next.contains("rel=\"next\""), "a next page: " + next);
    String nextPath = next.substring(next.indexOf('<') + 1, next.indexOf('>'));
    JsonNode rest = api.get(nextPath, outsider).json();
    assertEquals(1, rest.size());
    assertEquals(1, rest.get(0).get("number").asInt());

    JsonNode revision = api.get(path("wiki-history", "faq") + "/revisions/1", outsider).json();
    assertEquals("Q: why?\nA: because.", revision.get("body").asText());
    assertEquals("FAQ", revision.get("title").asText());
    assertTrue(revision.get("html").asText().startsWith("<p>"), revision.toString());
    ErrorsTest.assertProblem(api.get(path("wiki-history", "faq") + "/revisions/9", owner), 404);
    ErrorsTest.assertProblem(api.get(path("wiki-history", "faq") + "/revisions/x", owner), 404);

    JsonNode diff = api.get(path("wiki-history", "faq") + "/diff?from=1&to=3", outsider).json();
    assertEquals(1, diff.get("from").asInt());
    assertEquals(3, diff.get("to").asInt());
    assertTrue(
        diff.get("unified").asText().contains("-A: because.\n+A: because we can.\n"),
        diff.toString());
    assertTrue(diff.get("unified").asText().contains("+Q: how?"));
    String html = diff.get("html").asText();
    assertTrue(html.contains("<ins>"), html);
    assertTrue(html.contains("we can"), html);
    assertEquals(List.of(), XssTest.problems(html, DIFF_TAGS, Set.of("class")));
    JsonNode latest = api.get(path("wiki-history", "faq") + "/diff", outsider).json();
    assertEquals(2, latest.get("from").asInt(), "by default the latest change");
    assertEquals(3, latest.get("to").asInt());
    JsonNode creation = api.get(path("wiki-history", "faq") + "/diff?from=0&to=1", owner).json();
    assertTrue(creation.get("unified").asText().contains("+Q: why?"), creation.toString());
    ErrorsTest.assertProblem(
        api.get(path("wiki-history", "faq") + "/diff?from=1&to=7", owner), 404);
    ErrorsTest.assertProblem(api.get(path("wiki-history", "faq") + "/diff?from=one", owner), 400);

    Api.Reply restored =
        api.post(path("wiki-history", "faq") + "/revisions/1/restore", Map.of(), owner);
    assertEquals(200, restored.status(), restored.body());
    assertEquals("\"4\"", restored.header("ETag"));
    assertEquals("Q: why?\nA: because.", restored.json().get("body").asText());
    assertEquals("FAQ", restored.json().get("title").asText());
    JsonNode history = api.get(path("wiki-history", "faq") + "/revisions", owner).json();
    assertEquals(List.of(4, 3, 2, 1), numbers(history), "restoring adds a revision, loses none");
    assertEquals("Restored revision 1", history.get(0).get("comment").asText());
    ErrorsTest.assertProblem(
        api.post(path("wiki-history", "faq") + "/revisions/1/restore", Map.of(), outsider), 403);
  }

  @Test
  @DisplayName("deleting is soft: the page leaves the tree, undelete brings it back whole")
  void deleteAndUndelete() {
    space("wiki-trash", "public");
    wiki.create("wiki-trash", "parent", "Parent", "Above", owner);
    wiki.create("wiki-trash", "child", page("Child", "Below", "parent", null), owner);
    wiki.update("wiki-trash", "child", 1, page("Child", "Below, edited", "parent", null), owner);

    JsonNode hasChildren =
        ErrorsTest.assertProblem(api.delete(path("wiki-trash", "parent"), owner), 409);
    assertTrue(hasChildren.get("detail").asText().contains("below"), hasChildren.toString());
    assertEquals(204, api.delete(path("wiki-trash", "child"), owner).status());
    JsonNode gone = ErrorsTest.assertProblem(api.get(path("wiki-trash", "child"), owner), 404);
    assertTrue(gone.get("detail").asText().contains("/undelete"), gone.toString());
    assertEquals(
        List.of("Parent"), titles(api.get("/api/v1/spaces/wiki-trash/pages", owner).json()));
    ErrorsTest.assertProblem(api.get(path("wiki-trash", "child") + "/revisions", owner), 404);
    JsonNode recreate =
        ErrorsTest.assertProblem(wiki.create("wiki-trash", "child", "Child", "new", owner), 409);
    assertTrue(recreate.get("detail").asText().contains("/undelete"), recreate.toString());
    ErrorsTest.assertProblem(api.delete(path("wiki-trash", "child"), owner), 404);

    assertEquals(204, api.delete(path("wiki-trash", "parent"), owner).status());
    ErrorsTest.assertProblem(
        api.post(path("wiki-trash", "child") + "/undelete", Map.of(), owner), 409);
    assertEquals(
        200, api.post(path("wiki-trash", "parent") + "/undelete", Map.of(), owner).status());
    Api.Reply back = api.post(path("wiki-trash", "child") + "/undelete", Map.of(), owner);
    assertEquals(200, back.status(), back.body());
    assertEquals("\"2\"", back.header("ETag"));
    assertEquals("Below, edited", back.json().get("body").asText());
    assertEquals("parent", back.json().get("parent").asText());
    assertEquals(
        List.of(2, 1),
        numbers(api.get(path("wiki-trash", "child") + "/revisions", owner).json()),
        "the history survives");
    assertEquals(
        200,
        api.post(path("wiki-trash", "child") + "/undelete", Map.of(), owner).status(),
        "undeleting a live page changes nothing");
    ErrorsTest.assertProblem(
        api.post(path("wiki-trash", "nothing") + "/undelete", Map.of(), owner), 404);
  }

  @Test
  @DisplayName("backlinks list the pages of the space whose current text links here")
  void backlinks() {
    space("wiki-links", "public");
    space("wiki-elsewhere", "public");
    wiki.create("wiki-links", "target", "Target", "I am linked", owner);
    wiki.create("wiki-links", "plain", "Plain", "See [[target]].", owner);
    wiki.create("wiki-links", "labelled", "Labelled", "See [[target|the target]].", owner);
    wiki.create("wiki-links", "in-code", "In code", "Not a link: `[[target]]`", owner);
    wiki.create("wiki-links", "itself", "Itself", "[[itself]] and [[target]]", owner);
    wiki.create("wiki-elsewhere", "other", "Other", "[[target]] of another space", owner);

    assertEquals(
        List.of("Itself", "Labelled", "Plain"),
        titles(api.get(path("wiki-links", "target") + "/backlinks", outsider).json()));
    JsonNode firstTwo =
        api.get(path("wiki-links", "target") + "/backlinks?limit=2", outsider).json();
    assertEquals(2, firstTwo.size());
    String labelled = api.get(path("wiki-links", "labelled"), owner).json().get("html").asText();
    assertTrue(labelled.contains(">the target</a>"), labelled);
    assertTrue(api.get(path("wiki-links", "itself") + "/backlinks", owner).json().isEmpty());

    wiki.update("wiki-links", "plain", 1, page("Plain", "No link any more", null, null), owner);
    api.delete(path("wiki-links", "itself"), owner);
    assertEquals(
        List.of("Labelled"),
        titles(api.get(path("wiki-links", "target") + "/backlinks", owner).json()));
    ErrorsTest.assertProblem(api.get(path("wiki-links", "nothing") + "/backlinks", owner), 404);
  }

  @Test
  @DisplayName("bad slugs, titles and parents are 422, cycles too; a 1 MB body is 413")
  void invalidInput() {
    space("wiki-rules", "public");
    JsonNode slug =
        ErrorsTest.assertProblem(wiki.create("wiki-rules", "Bad_Slug", "Bad", "x", owner), 422);
    assertEquals("slug", slug.get("errors").get(0).get("field").asText());
    ErrorsTest.assertProblem(wiki.create("wiki-rules", "a".repeat(101), "Long", "x", owner), 422);
    assertEquals(201, wiki.create("wiki-rules", "a".repeat(100), "Long", "x", owner).status());
    JsonNode fields =
        ErrorsTest.assertProblem(
            wiki.create("wiki-rules", "empty", page(" ", null, "no-such-parent", null), owner),
            422);
    assertEquals(Set.of("title", "body"), fieldsOf(fields));
    ErrorsTest.assertProblem(
        wiki.create("wiki-rules", "long-title", "t".repeat(201), "x", owner), 422);
    JsonNode parent =
        ErrorsTest.assertProblem(
            wiki.create("wiki-rules", "orphan", page("Orphan", "x", "no-such-parent", null), owner),
            422);
    assertEquals("parent", parent.get("errors").get(0).get("field").asText());
    ErrorsTest.assertProblem(
        wiki.create("wiki-rules", "selfish", page("Selfish", "x", "selfish", null), owner), 422);

    wiki.create("wiki-rules", "top", "Top", "x", owner);
    wiki.create("wiki-rules", "middle", page("Middle", "x", "top", null), owner);
    wiki.create("wiki-rules", "bottom", page("Bottom", "x", "middle", null), owner);
    JsonNode cycle =
        ErrorsTest.assertProblem(
            wiki.update("wiki-rules", "top", 1, page("Top", "x", "bottom", null), owner), 422);
    assertEquals("parent", cycle.get("errors").get(0).get("field").asText());
    Api.Reply moved =
        wiki.update("wiki-rules", "bottom", 1, page("Bottom", "x", "top", null), owner);
    assertEquals(200, moved.status(), moved.body());
    assertEquals("top", moved.json().get("parent").asText());
    Api.Reply toTop =
        wiki.update("wiki-rules", "middle", 1, page("Middle", "x", null, null), owner);
    assertTrue(toTop.json().get("parent").isNull(), "no parent puts a page at the top");

    ErrorsTest.assertProblem(
        api.raw(
            "PUT",
            path("wiki-rules", "huge"),
            "application/json",
            "{\"title\": \"Huge\", \"body\": \"" + "x".repeat(1_100_000) + "\"}",
            owner),
        413);
    ErrorsTest.assertProblem(
        wiki.create(
            "wiki-rules", "unknown-field", Map.of("title", "T", "body", "x", "tags", "y"), owner),
        422);
  }

  @Test
  @DisplayName("reads follow the space's visibility, writes need membership; archived is read-only")
  void access() {
    space("wiki-secret", "secret");
    space("wiki-private", "private");
    space("wiki-open", "public");
    for (String slug : List.of("wiki-secret", "wiki-private", "wiki-open")) {
      assertEquals(201, wiki.create(slug, "notes", "Notes", "hush", owner).status());
    }
    for (String token : List.of(outsider, partner)) {
      ErrorsTest.assertProblem(api.get(path("wiki-secret", "notes"), token), 404);
      ErrorsTest.assertProblem(api.get("/api/v1/spaces/wiki-secret/pages", token), 404);
      ErrorsTest.assertProblem(wiki.create("wiki-secret", "mine", "Mine", "x", token), 404);
    }
    ErrorsTest.assertProblem(api.get(path("wiki-private", "notes"), outsider), 403);
    ErrorsTest.assertProblem(api.get(path("wiki-private", "notes"), partner), 404);
    assertEquals(200, api.get(path("wiki-open", "notes"), outsider).status());
    ErrorsTest.assertProblem(wiki.create("wiki-open", "mine", "Mine", "x", outsider), 403);
    ErrorsTest.assertProblem(api.delete(path("wiki-open", "notes"), outsider), 403);

    api.put("/api/v1/spaces/wiki-private/members/partner", Map.of("role", "guest"), owner);
    assertEquals(200, api.get(path("wiki-private", "notes"), partner).status());
    Api.Reply guestEdit =
        wiki.update(
            "wiki-private", "notes", 1, page("Notes", "hush, said the guest", null, null), partner);
    assertEquals(200, guestEdit.status(), guestEdit.body());
    assertEquals("partner", guestEdit.json().get("updated_by").get("username").asText());

    api.post("/api/v1/spaces/wiki-open/archive", Map.of(), owner);
    assertEquals(200, api.get(path("wiki-open", "notes"), outsider).status());
    ErrorsTest.assertProblem(
        wiki.update("wiki-open", "notes", 1, page("Notes", "too late", null, null), owner), 409);
    ErrorsTest.assertProblem(api.delete(path("wiki-open", "notes"), owner), 409);
    ErrorsTest.assertProblem(
        api.post(path("wiki-open", "notes") + "/revisions/1/restore", Map.of(), owner), 409);
    ErrorsTest.assertProblem(api.get(path("wiki-open", "notes"), null), 401);
  }

  @Test
  @DisplayName("XSS in Markdown is inert: raw HTML, javascript: links, image onerror")
  void markdownIsInert() throws IOException {
    space("wiki-xss", "public");
    List<String> payloads = new ArrayList<>(payloads());
    payloads.addAll(
        List.of(
            "<script>alert(1)</script>",
            "[click](javascript:alert(1))",
            "![x](javascript:alert(1))",
            "![x](x\" onerror=\"alert(1))",
            "<img src=x onerror=alert(1)>",
            "[[target|<img src=x onerror=alert(1)>]]",
            "[[javascript:alert(1)]]",
            "| a |\n|---|\n| <script>alert(1)</script> [x](javascript:alert(1)) |",
            "<svg onload=alert(1)>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"));
    List<String> unsafe = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      String payload = payloads.get(i);
      Api.Reply saved = wiki.create("wiki-xss", "payload-" + i, "Payload " + i, payload, owner);
      assertEquals(201, saved.status(), payload + " → " + saved.body());
      String html = api.get(path("wiki-xss", "payload-" + i), owner).json().get("html").asText();
      XssTest.problems(html, WIKI_TAGS, WIKI_ATTRIBUTES)
          .forEach(p -> unsafe.add(payload + " → " + p + " in " + html));
      assertEquals(payload, saved.json().get("body").asText(), "the source is kept");
    }
    assertEquals(List.of(), unsafe);
    wiki.update(
        "wiki-xss",
        "payload-0",
        1,
        page("Payload 0", "<script>evil()</script>", null, null),
        owner);
    String diff =
        api.get(path("wiki-xss", "payload-0") + "/diff", owner).json().get("html").asText();
    assertEquals(List.of(), XssTest.problems(diff, DIFF_TAGS, Set.of("class")), diff);
    assertTrue(diff.contains("&lt;script&gt;"), diff);
  }

  @Test
  @DisplayName("each save publishes wiki.page.changed with space, page and revision")
  void publishesChanges() {
    space("wiki-events", "public");
    OutboxLog outbox = new OutboxLog(TestServer.shared().services().tx());
    long before = outbox.latestEventId();
    wiki.create("wiki-events", "indexed", "Indexed", "find me", owner);
    wiki.update("wiki-events", "indexed", 1, page("Indexed", "find me again", null, null), owner);
    ErrorsTest.assertProblem(
        wiki.update("wiki-events", "indexed", 1, page("Indexed", "stale", null, null), owner), 412);
    List<JsonNode> changes =
        outbox.eventsAfter(before, 100).stream()
            .filter(e -> e.topic().equals("wiki.page.changed"))
            .map(OutboxEvent::payload)
            .map(Api::parse)
            .toList();
    assertEquals(2, changes.size(), "one per accepted save, none for the stale one: " + changes);
    assertEquals("wiki-events", changes.get(1).get("space").asText());
    assertEquals("indexed", changes.get(1).get("page").asText());
    assertEquals(2, changes.get(1).get("revision").asInt());
    assertFalse(changes.get(1).get("deleted").asBoolean());
  }

  private static void space(String slug, String visibility) {
    Api.Reply created =
        api.post(
            "/api/v1/spaces", Map.of("slug", slug, "name", slug, "visibility", visibility), owner);
    assertEquals(201, created.status(), created.body());
  }

  /** The colleague's token, once they are a member of {@code space}. */
  private static String colleagueInSpace(String space) {
    api.post("/api/v1/spaces/" + space + "/join", Map.of(), colleague);
    return colleague;
  }

  private static List<String> payloads() throws IOException {
    try (InputStream in = WikiApiTest.class.getResourceAsStream("/xss-payloads.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank())
          .toList();
    }
  }

  static List<String> titles(JsonNode pages) {
    return StreamSupport.stream(pages.spliterator(), false)
        .map(p -> p.get("title").asText())
        .toList();
  }

  static List<Integer> numbers(JsonNode revisions) {
    return StreamSupport.stream(revisions.spliterator(), false)
        .map(r -> r.get("number").asInt())
        .toList();
  }

  private static Set<String> fieldsOf(JsonNode problem) {
    return StreamSupport.stream(problem.get("errors").spliterator(), false)
        .map(e -> e.get("field").asText())
        .collect(java.util.stream.Collectors.toSet());
  }
}
