package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The wiki's pages over plain HTTP, as a browser without JavaScript uses them: the tree, viewing,
 * creating with inline errors, editing with a preview, the conflict screen, history, diffs,
 * restore, delete and undelete; every form needs its token, and outsiders see nothing.
 */
class WikiPagesTest {

  private static final Pattern BASE = Pattern.compile("name=\"base\" value=\"(\\d+)\"");

  private static Api api;
  private static WikiClient wiki;
  private static String ownerToken;
  private static WebSession owner;
  private static WebSession colleague;
  private static WebSession outsider;
  private static String team;
  private static String secret;

  @BeforeAll
  static void start() {
    api = TestServer.shared().api();
    wiki = new WikiClient(api);
    List<String> staff =
        PeopleApiTest.usernames(
                api.get("/api/v1/people?business_unit=PROD&limit=20", api.token("hr")).json())
            .stream()
            .filter(u -> !List.of("admin", "hr", "partner").contains(u))
            .skip(5)
            .toList();
    ownerToken = api.token(staff.get(0));
    team = space("wp-team", "private");
    secret = space("wp-secret", "secret");
    api.put(
        "/api/v1/spaces/" + team + "/members/" + staff.get(1),
        Map.of("role", "member"),
        ownerToken);
    owner = WebSession.signIn(api, staff.get(0), Api.DEMO_PASSWORD);
    colleague = WebSession.signIn(api, staff.get(1), Api.DEMO_PASSWORD);
    outsider = WebSession.signIn(api, staff.get(2), Api.DEMO_PASSWORD);
  }

  @Test
  @DisplayName("create pages from the form, then see them in a nested tree with the current marked")
  void createAndView() {
    String form = owner.get("/spaces/" + team + "/wiki/new").body();
    assertTrue(form.contains("<label for=\"slug\">"), form);
    assertTrue(form.contains("<label for=\"body\">"));
    Api.Reply created =
        owner.post(
            "/spaces/" + team + "/wiki/new",
            fields(
                "slug", "cv-home",
                "title", "Team home",
                "parent", "",
                "body", "Welcome. See [[cv-guide]]. <script>alert(1)</script> **bold**",
                "comment", "first"));
    assertEquals(303, created.status(), created.body());
    assertEquals("/spaces/" + team + "/pages/cv-home", path(created.header("Location")));
    assertEquals(
        303,
        owner
            .post(
                "/spaces/" + team + "/wiki/new",
                fields(
                    "slug", "cv-guide", "title", "The guide", "parent", "cv-home", "body", "Read"))
            .status());

    Api.Reply guide = owner.get("/spaces/" + team + "/pages/cv-guide");
    assertEquals(200, guide.status());
    String html = guide.body();
    assertTrue(
        html.matches(
            "(?s).*<a href=\"/spaces/wp-team/pages/cv-home\">Team home</a>\\s*<ul><li><a"
                + " href=\"/spaces/wp-team/pages/cv-guide\" aria-current=\"page\">The guide</a>.*"),
        "the guide is nested under home and marked current");
    assertTrue(html.contains("last edited by"));

    String home = owner.get("/spaces/" + team + "/pages/cv-home").body();
    assertTrue(home.contains("<strong>bold</strong>"));
    assertFalse(home.contains("<script>alert(1)"), "raw HTML is escaped");
    assertTrue(home.contains("&lt;script&gt;"));
    assertTrue(
        owner.get("/spaces/" + team + "/pages/cv-guide").body().contains("Team home</a></li>"),
        "backlinks list the page linking here");
    assertTrue(
        owner.get("/spaces/" + team + "/pages").body().contains("cv-guide"), "the wiki's index");
    assertTrue(owner.get("/spaces/" + team).body().contains("/spaces/wp-team/pages\""));
  }

  @Test
  @DisplayName("an invalid address is a 422 and a taken one a 409, both inline, with the text kept")
  void createErrors() {
    assertEquals(
        201, wiki.create(team, "ce-taken", "Taken", "There", ownerToken).status(), "setup");
    Api.Reply invalid =
        owner.post(
            "/spaces/" + team + "/wiki/new",
            fields("slug", "Not A Slug!", "title", "", "parent", "", "body", "Keep me"));
    assertEquals(422, invalid.status());
    assertTrue(invalid.body().contains("id=\"slug-error\""));
    assertTrue(invalid.body().contains("id=\"title-error\""));
    assertTrue(invalid.body().contains("aria-invalid=\"true\""));
    assertTrue(invalid.body().contains("href=\"#slug\""), "the summary links to the field");
    assertTrue(invalid.body().contains(">Keep me</textarea>"));

    Api.Reply taken =
        owner.post(
            "/spaces/" + team + "/wiki/new",
            fields("slug", "ce-taken", "title", "Again", "parent", "", "body", "Mine"));
    assertEquals(409, taken.status());
    assertTrue(taken.body().contains("exists already"));
    assertTrue(taken.body().contains(">Mine</textarea>"));
  }

  @Test
  @DisplayName("edit with a preview that saves nothing, then save; the page shows the new text")
  void editAndPreview() {
    assertEquals(201, wiki.create(team, "ed-page", "Editable", "One", ownerToken).status());
    String form = colleague.get("/spaces/" + team + "/pages/ed-page/edit").body();
    assertEquals(1, base(form));
    assertTrue(form.contains(">One</textarea>"));

    Api.Reply preview =
        colleague.post(
            "/spaces/" + team + "/pages/ed-page/edit",
            fields("title", "Editable", "body", "# Two", "base", "1", "action", "preview"));
    assertEquals(200, preview.status());
    assertTrue(preview.body().contains("<h1>Two</h1>"), "rendered preview");
    assertEquals(1, wiki.revision(team, "ed-page", ownerToken), "a preview saves nothing");

    Api.Reply saved =
        colleague.post(
            "/spaces/" + team + "/pages/ed-page/edit",
            fields("title", "Editable", "body", "# Two", "base", "1", "comment", "bigger"));
    assertEquals(303, saved.status(), saved.body());
    assertTrue(colleague.get("/spaces/" + team + "/pages/ed-page").body().contains("<h1>Two</h1>"));
    assertEquals(2, wiki.revision(team, "ed-page", ownerToken));

    Api.Reply empty =
        colleague.post(
            "/spaces/" + team + "/pages/ed-page/edit",
            fields("title", " ", "body", "x", "base", "2"));
    assertEquals(422, empty.status());
    assertTrue(empty.body().contains("id=\"title-error\""));
  }

  @Test
  @DisplayName("a stale save shows the conflict screen: theirs, a clean merge, and yours kept")
  void conflictScreen() {
    assertEquals(
        201, wiki.create(team, "cf-page", "Shared", "alpha\nbeta\ngamma\n", ownerToken).status());
    String formA = owner.get("/spaces/" + team + "/pages/cf-page/edit").body();
    assertEquals(1, base(formA));
    assertEquals(
        303,
        colleague
            .post(
                "/spaces/" + team + "/pages/cf-page/edit",
                fields("title", "Shared", "body", "ALPHA\nbeta\ngamma\n", "base", "1"))
            .status());

    Api.Reply stale =
        owner.post(
            "/spaces/" + team + "/pages/cf-page/edit",
            fields("title", "Shared", "body", "alpha\nbeta\nGAMMA\n", "base", "1"));
    assertEquals(409, stale.status());
    String html = stale.body();
    assertTrue(html.contains("Someone saved this page while you were editing"));
    // mustache writes line breaks as &#10;, which browsers read back as line breaks
    assertTrue(
        html.contains(">alpha&#10;beta&#10;GAMMA&#10;</textarea>"),
        "your text stays in the editor");
    assertTrue(html.contains("ALPHA&#10;beta&#10;GAMMA"), "the clean merge holds both changes");
    assertTrue(html.contains("merge cleanly"));
    assertTrue(html.contains("<del>alpha</del>") || html.contains("<ins>ALPHA</ins>"));
    List<Integer> bases = new ArrayList<>();
    Matcher matcher = BASE.matcher(html);
    while (matcher.find()) {
      bases.add(Integer.parseInt(matcher.group(1)));
    }
    assertEquals(List.of(2, 2), bases, "saving from the conflict screen is based on revision 2");
    assertEquals(2, wiki.revision(team, "cf-page", ownerToken), "the stale save wrote nothing");

    Api.Reply clash =
        owner.post(
            "/spaces/" + team + "/pages/cf-page/edit",
            fields("title", "Shared", "body", "alpha!\nbeta\ngamma\n", "base", "1"));
    assertEquals(409, clash.status());
    assertTrue(clash.body().contains("&lt;&lt;&lt;&lt;&lt;&lt;&lt; your version"));
    assertTrue(clash.body().contains("Places where you both changed the same lines: 1"));

    Api.Reply merged =
        owner.post(
            "/spaces/" + team + "/pages/cf-page/edit",
            fields("title", "Shared", "body", "ALPHA\nbeta\nGAMMA\n", "base", "2"));
    assertEquals(303, merged.status());
    assertEquals("ALPHA\nbeta\nGAMMA\n", wiki.body(team, "cf-page", ownerToken));
  }

  @Test
  @DisplayName("history lists every revision; any two compare; an old one is restored as a new one")
  void historyDiffRestore() {
    assertEquals(201, wiki.create(team, "hd-page", "Story", "one two three", ownerToken).status());
    assertEquals(
        200,
        wiki.update(
                team,
                "hd-page",
                1,
                WikiClient.page("Story", "one 2 three\nfour", null, "numbers"),
                ownerToken)
            .status());
    String history = colleague.get("/spaces/" + team + "/pages/hd-page/history").body();
    assertTrue(history.contains("Revision 2"));
    assertTrue(history.contains("Revision 1"));
    assertTrue(history.contains("numbers"), "the comment");
    assertTrue(history.contains("name=\"from\""), "a form to compare any two");
    assertTrue(history.contains("/spaces/wp-team/pages/hd-page/revisions/1/restore"));

    Api.Reply diff = colleague.get("/spaces/" + team + "/pages/hd-page/diff?from=1&to=2");
    assertEquals(200, diff.status());
    assertTrue(diff.body().contains("<del>two</del>"), diff.body());
    assertTrue(diff.body().contains("<ins>2</ins>"));
    assertTrue(
        diff.body().contains("class=\"visually-hidden\">Changed</span>"), "not colour alone");
    assertTrue(diff.body().contains("class=\"visually-hidden\">Added</span>"));
    assertEquals(400, colleague.get("/spaces/" + team + "/pages/hd-page/diff?from=x").status());

    Api.Reply old = colleague.get("/spaces/" + team + "/pages/hd-page/revisions/1");
    assertEquals(200, old.status());
    assertTrue(old.body().contains("one two three"));
    assertEquals(404, colleague.get("/spaces/" + team + "/pages/hd-page/revisions/9").status());

    assertEquals(
        303,
        colleague
            .post("/spaces/" + team + "/pages/hd-page/revisions/1/restore", Map.of())
            .status());
    assertEquals("one two three", wiki.body(team, "hd-page", ownerToken));
    assertEquals(3, wiki.revision(team, "hd-page", ownerToken));
  }

  @Test
  @DisplayName("a deleted page leaves the tree, is listed to bring back, and comes back")
  void deleteUndelete() {
    assertEquals(201, wiki.create(team, "du-page", "Goner", "Bye", ownerToken).status());
    Api.Reply deleted = owner.post("/spaces/" + team + "/pages/du-page/delete", Map.of());
    assertEquals(303, deleted.status());
    assertEquals("/spaces/" + team + "/pages", path(deleted.header("Location")));
    assertEquals(404, owner.get("/spaces/" + team + "/pages/du-page").status());
    String index = owner.get("/spaces/" + team + "/pages").body();
    assertTrue(index.contains("/spaces/wp-team/pages/du-page/undelete"));
    assertEquals(303, owner.post("/spaces/" + team + "/pages/du-page/undelete", Map.of()).status());
    assertEquals(200, owner.get("/spaces/" + team + "/pages/du-page").status());
  }

  @Test
  @DisplayName("outsiders see no page, history or diff; the secret space's wiki is not found")
  void outsiders() {
    assertEquals(201, wiki.create(team, "os-page", "Private plan", "Hush", ownerToken).status());
    assertEquals(201, wiki.create(secret, "os-page", "Secret plan", "Hush", ownerToken).status());
    for (String suffix : List.of("", "/history", "/diff", "/revisions/1", "/edit")) {
      Api.Reply shown = outsider.get("/spaces/" + team + "/pages/os-page" + suffix);
      assertEquals(403, shown.status(), suffix);
      assertFalse(shown.body().contains("Hush"), suffix);
      assertFalse(shown.body().contains("Private plan"), suffix);
      assertEquals(404, outsider.get("/spaces/" + secret + "/pages/os-page" + suffix).status());
    }
    assertEquals(404, outsider.get("/spaces/" + secret + "/pages").status());
    assertEquals(
        404,
        outsider
            .post("/spaces/" + secret + "/pages/os-page/edit", fields("title", "x", "body", "y"))
            .status());
    assertEquals(
        403,
        outsider
            .post("/spaces/" + team + "/pages/os-page/edit", fields("title", "x", "body", "y"))
            .status());
    assertEquals("Hush", wiki.body(team, "os-page", ownerToken));
  }

  @Test
  @DisplayName("every wiki form refuses a missing or wrong form token, and nothing changes")
  void formsNeedTheirToken() {
    assertEquals(201, wiki.create(team, "tk-page", "Tokens", "Same", ownerToken).status());
    String page = "/spaces/" + team + "/pages/tk-page";
    List<String> actions =
        List.of(
            "/spaces/" + team + "/wiki/new",
            "/spaces/" + team + "/wiki/watch",
            "/spaces/" + team + "/wiki/unwatch",
            page + "/edit",
            page + "/delete",
            page + "/undelete",
            page + "/watch",
            page + "/unwatch",
            page + "/revisions/1/restore");
    Map<String, String> form =
        fields("slug", "tk-forged", "title", "Forged", "body", "Forged", "base", "1");
    List<String> accepted = new ArrayList<>();
    for (String action : actions) {
      for (String token : new String[] {null, "wrong"}) {
        Map<String, String> sent = new HashMap<>(form);
        if (token != null) {
          sent.put("csrf", token);
        }
        int status = owner.postRaw(action, sent).status();
        if (status != 403) {
          accepted.add(action + " with token " + token + " → " + status);
        }
      }
    }
    assertEquals(List.of(), accepted);
    assertEquals("Same", wiki.body(team, "tk-page", ownerToken));
    assertEquals(404, owner.get("/spaces/" + team + "/pages/tk-forged").status());
  }

  private static Map<String, String> fields(String... pairs) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put(pairs[i], pairs[i + 1]);
    }
    return fields;
  }

  private static int base(String html) {
    Matcher matcher = BASE.matcher(html);
    assertTrue(matcher.find(), "the editor carries its base revision");
    return Integer.parseInt(matcher.group(1));
  }

  private static String space(String slug, String visibility) {
    Api.Reply created =
        api.post(
            "/api/v1/spaces",
            Map.of("slug", slug, "name", "Wiki " + visibility, "visibility", visibility),
            ownerToken);
    assertEquals(201, created.status(), created.body());
    return slug;
  }

  private static String path(String location) {
    return URI.create(location).getPath();
  }
}
