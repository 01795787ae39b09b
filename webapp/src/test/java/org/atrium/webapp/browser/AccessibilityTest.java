package org.atrium.webapp.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.atrium.webapp.Api;
import org.atrium.webapp.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An axe-core scan of each main page, in the light and the dark theme: no serious or critical
 * violation of any rule, contrast included.
 */
class AccessibilityTest {

  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  private static Api api;
  private static String hr;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    TestServer server = TestServer.shared();
    api = server.api();
    hr = api.token("hr");
    browser = Browser.start(server.uri());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @DisplayName("sign-in, directory, profile and the profile form have no serious axe violations")
  void mainPages() {
    browser.resize(Browser.DESKTOP);
    browser.forgetSession();
    browser.open("/login");
    browser.find(By.id("login"));
    scanBothThemes("signin");

    String me = aSalesPerson();
    browser.signIn(me, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    browser.open("/people?skill=k8s");
    browser.find(By.id("results"));
    scanBothThemes("directory");

    browser.follow(By.cssSelector("#results .chip-name"));
    browser.find(By.id("skills"));
    scanBothThemes("profile");

    browser.open("/people/" + me + "/edit");
    browser.type(By.id("display_name"), " ");
    browser.follow(By.cssSelector(".profile-form button[type=submit]"));
    browser.find(By.cssSelector(".error-summary"));
    scanBothThemes("profile-edit-error");
  }

  @Test
  @DisplayName(
      "home, spaces, a space, a thread, a tag and notifications have no serious violations")
  void streamPages() {
    StreamFixtures fixtures = new StreamFixtures(api);
    Deque<String> people = fixtures.people("SALES", 5, 2);
    String me = people.pop();
    String colleague = people.pop();
    String slug = fixtures.space(me, fixtures.slug("axe"), "Accessible launch", "public");
    fixtures.addMember(me, slug, colleague);
    String post =
        fixtures.post(colleague, "The **launch** checklist is ready #axecheck @" + me, slug);
    fixtures.like(colleague, fixtures.reply(me, "Thanks, looks good.", post));
    fixtures.awaitNotifications(me, 2);

    browser.resize(Browser.DESKTOP);
    browser.signIn(me, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    browser.find(By.cssSelector("#stream .post"));
    scanBothThemes("home");
    browser.open("/spaces");
    browser.find(By.cssSelector(".space-list"));
    scanBothThemes("spaces");
    browser.open("/spaces/" + slug);
    browser.find(By.cssSelector("#stream .post"));
    scanBothThemes("space");
    browser.open("/statuses/" + post);
    browser.find(By.cssSelector(".replies .post"));
    scanBothThemes("thread");
    browser.open("/tags/axecheck");
    browser.find(By.cssSelector("#stream .post"));
    scanBothThemes("tag");
    browser.open("/notifications");
    browser.find(By.cssSelector(".notification"));
    scanBothThemes("notifications");
  }

  @Test
  @DisplayName(
      "a community's home, questions, ask form, question and analytics have no serious violations")
  void communityPages() {
    String slug = "axe-community";
    api.post(
        "/api/v1/spaces",
        java.util.Map.of(
            "slug",
            slug,
            "name",
            "Accessible practice",
            "visibility",
            "public",
            "kind",
            "community"),
        hr);
    api.put(
        "/api/v1/spaces/" + slug + "/community",
        java.util.Map.of(
            "purpose",
            "Share how we test",
            "rules",
            "Be kind",
            "pins",
            List.of(java.util.Map.of("kind", "page", "ref", "guide", "title", "Guide"))),
        hr);
    String question =
        api.post(
                "/api/v1/spaces/" + slug + "/questions",
                java.util.Map.of(
                    "title",
                    "How do we test forms?",
                    "body",
                    "With *axe*.",
                    "tags",
                    List.of("a11y")),
                hr)
            .json()
            .get("id")
            .asText();
    api.post(
        "/api/v1/questions/" + question + "/answers", java.util.Map.of("body", "Use labels."), hr);

    browser.resize(Browser.DESKTOP);
    browser.signIn("hr", Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    browser.open("/spaces/" + slug + "/community");
    browser.find(By.id("purpose-heading"));
    scanBothThemes("community");
    browser.open("/spaces/" + slug + "/questions");
    browser.find(By.cssSelector(".qa-item"));
    scanBothThemes("questions");
    browser.open("/spaces/" + slug + "/questions/ask");
    browser.type(By.id("title"), "How do we test tables?");
    browser.find(By.cssSelector("#similar-list li"));
    scanBothThemes("ask");
    browser.open("/questions/" + question);
    browser.find(By.cssSelector(".qa-answer"));
    scanBothThemes("question");
    browser.open("/spaces/" + slug + "/analytics");
    browser.find(By.cssSelector(".qa-chart svg"));
    scanBothThemes("analytics");
  }

  @Test
  @DisplayName("search and experts pages have no serious violations")
  void searchPages() {
    StreamFixtures fixtures = new StreamFixtures(api);
    String me = fixtures.people("SALES", 6, 1).pop();
    fixtures.post(me, "Axe search probe about Kubernetes upgrades #axesearch", null);
    TestServer.shared().services().dispatcher().drain();
    TestServer.shared().services().search().refresh();
    browser.resize(Browser.DESKTOP);
    browser.signIn(me, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    browser.open("/search?q=kubernetes");
    browser.find(By.cssSelector(".hits .hit"));
    scanBothThemes("search");
    browser.open("/experts?q=kubernetes");
    browser.find(By.cssSelector(".experts .expert"));
    scanBothThemes("experts");
  }

  @Test
  @DisplayName("a space's files, after an upload through the form, and a file's versions pass axe")
  void filesPages() throws IOException {
    StreamFixtures fixtures = new StreamFixtures(api);
    String me = fixtures.people("MKT", 7, 1).pop();
    String slug = fixtures.space(me, fixtures.slug("axe-files"), "Accessible files", "public");

    browser.resize(Browser.DESKTOP);
    browser.signIn(me, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    browser.open("/spaces/" + slug + "/files");
    browser.find(By.id("file")).sendKeys(FilesBrowserTest.image("floor-plan.png").toString());
    browser.follow(By.cssSelector(".upload-form button[type=submit]"));
    browser.find(By.cssSelector(".file-row .file-thumb"));
    scanBothThemes("files");
    browser.follow(By.cssSelector(".file-row .file-versions"));
    browser.find(By.id("versions-heading"));
    scanBothThemes("file-versions");
  }

  /** Scans the open page, named {@code page} in messages and in its dark-theme screenshot. */
  @Test
  @DisplayName(
      "the wiki, a page, the editor with errors and preview, history, a diff and the conflict screen"
          + " have no serious violations")
  void wikiPages() {
    StreamFixtures fixtures = new StreamFixtures(api);
    String me = fixtures.people("SALES", 9, 1).pop();
    String slug = fixtures.space(me, fixtures.slug("axe-wiki"), "Axe wiki", "private");
    String token = fixtures.token(me);
    assertEquals(
        201,
        wikiSave(slug, "guide", token, "If-None-Match", "*", "# Guide\n\nSee [[faq]].\n\n- one")
            .status());
    assertEquals(
        200,
        wikiSave(slug, "guide", token, "If-Match", "\"1\"", "# Guide\n\nSee [[faq]].\n\n- two")
            .status());
    browser.resize(Browser.DESKTOP);
    browser.signIn(me, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");

    browser.open("/spaces/" + slug + "/pages");
    browser.find(By.cssSelector(".wiki-toolbar"));
    scanBothThemes("wiki-index");

    browser.open("/spaces/" + slug + "/pages/guide");
    browser.find(By.cssSelector(".wiki-content"));
    scanBothThemes("wiki-page");

    browser.open("/spaces/" + slug + "/wiki/new");
    browser.type(By.id("slug"), "Not valid");
    browser.follow(By.cssSelector(".wiki-editor button[value=save]"));
    browser.find(By.cssSelector(".error-summary"));
    scanBothThemes("wiki-new-error");

    browser.open("/spaces/" + slug + "/pages/guide/edit");
    browser.follow(By.cssSelector(".wiki-editor button[value=preview]"));
    browser.find(By.cssSelector(".wiki-preview"));
    scanBothThemes("wiki-preview");

    browser.open("/spaces/" + slug + "/pages/guide/history");
    browser.find(By.cssSelector("table.history"));
    scanBothThemes("wiki-history");

    browser.open("/spaces/" + slug + "/pages/guide/diff?from=1&to=2");
    browser.find(By.cssSelector("table.diff"));
    scanBothThemes("wiki-diff");

    browser.open("/spaces/" + slug + "/pages/guide/edit");
    browser.find(By.id("body"));
    assertEquals(
        200,
        wikiSave(slug, "guide", token, "If-Match", "\"2\"", "# Guide\n\nSee [[faq]].\n\n- three")
            .status());
    browser.type(By.id("body"), "# Guide, edited\n\nSee [[faq]].\n\n- two");
    browser.follow(By.cssSelector(".wiki-editor button[value=save]"));
    browser.find(By.cssSelector(".conflict"));
    scanBothThemes("wiki-conflict");
  }

  private static Api.Reply wikiSave(
      String space, String page, String token, String header, String value, String body) {
    return api.send(
        api.request("/api/v1/spaces/" + space + "/pages/" + page, token)
            .header("Content-Type", "application/json")
            .header(header, value)
            .PUT(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    "{\"title\":\"Guide\",\"body\":\"" + body.replace("\n", "\\n") + "\"}")));
  }

  private static void scanBothThemes(String page) {
    for (boolean dark : List.of(false, true)) {
      browser.darkTheme(dark);
      Results results = new AxeBuilder().analyze(browser.driver());
      String theme = dark ? "dark" : "light";
      assertFalse(results.isErrored(), page + ": axe failed: " + results.getErrorMessage());
      assertFalse(results.getPasses().isEmpty(), page + ": axe checked nothing");
      assertEquals("", blocking(results), page + " in the " + theme + " theme");
      if (dark) {
        browser.screenshot(page + "-dark", Browser.DESKTOP);
      }
    }
    browser.darkTheme(false);
  }

  /** The serious and critical violations, one line each, with the elements at fault. */
  private static String blocking(Results results) {
    return results.getViolations().stream()
        .filter(rule -> BLOCKING.contains(rule.getImpact()))
        .map(AccessibilityTest::describe)
        .collect(Collectors.joining("\n"));
  }

  private static String describe(Rule rule) {
    return rule.getImpact()
        + " "
        + rule.getId()
        + ": "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream()
            .map(node -> String.valueOf(node.getTarget()))
            .collect(Collectors.joining(", "));
  }

  /** Someone other than the browser test's people, since sign-ins are rate-limited per person. */
  private static String aSalesPerson() {
    return api.get("/api/v1/people?business_unit=SALES&limit=1", hr)
        .json()
        .get(0)
        .get("username")
        .asText();
  }
}
