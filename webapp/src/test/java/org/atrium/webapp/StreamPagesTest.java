package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The home, thread, tag, space and notification pages over plain HTTP: every form needs its token,
 * guests and outsiders meet the same 404s as in the API, and what people type is escaped.
 */
class StreamPagesTest {

  private static final String GUEST_PASSWORD = "stream guest password";

  private static Api api;
  private static String ownerName;
  private static String colleagueName;
  private static WebSession owner;
  private static WebSession colleague;
  private static WebSession outsider;
  private static WebSession guest;
  private static String openSlug;
  private static String secretSlug;
  private static String privateSlug;
  private static String secretPost;

  @BeforeAll
  static void start() {
    api = TestServer.shared().api();
    String hr = api.token("hr");
    List<String> staff =
        PeopleApiTest.usernames(api.get("/api/v1/people?business_unit=HR&limit=10", hr).json())
            .stream()
            .filter(u -> !List.of("admin", "hr", "partner").contains(u))
            .toList();
    ownerName = staff.get(0);
    colleagueName = staff.get(1);
    String ownerToken = api.token(ownerName);
    openSlug = space("sp-open", "public", ownerToken);
    secretSlug = space("sp-secret", "secret", ownerToken);
    privateSlug = space("sp-private", "private", ownerToken);
    api.put(
        "/api/v1/spaces/" + secretSlug + "/members/" + colleagueName,
        Map.of("role", "member"),
        ownerToken);
    secretPost =
        api.post(
                "/api/v1/statuses",
                Map.of("status", "Secret roadmap #spsecret", "space", secretSlug),
                ownerToken)
            .json()
            .get("id")
            .asText();
    api.post(
        "/api/v1/admin/people",
        Map.of(
            "username", "stream.vendor",
            "email", "stream.vendor@partner.example",
            "display_name", "Stream Vendor",
            "role", "guest",
            "password", GUEST_PASSWORD),
        hr);
    api.put(
        "/api/v1/spaces/" + privateSlug + "/members/stream.vendor",
        Map.of("role", "guest"),
        ownerToken);
    owner = WebSession.signIn(api, ownerName, Api.DEMO_PASSWORD);
    colleague = WebSession.signIn(api, colleagueName, Api.DEMO_PASSWORD);
    outsider = WebSession.signIn(api, staff.get(2), Api.DEMO_PASSWORD);
    guest = WebSession.signIn(api, "stream.vendor", GUEST_PASSWORD);
  }

  @Test
  @DisplayName("every new form refuses a missing or wrong form token, and nothing changes")
  void formsNeedTheirToken() {
    String tag = "sptoken";
    List<String> actions =
        List.of(
            "/home",
            "/statuses/" + secretPost,
            "/statuses/" + secretPost + "/favourite",
            "/statuses/" + secretPost + "/unfavourite",
            "/statuses/" + secretPost + "/delete",
            "/tags/" + tag + "/follow",
            "/tags/" + tag + "/unfollow",
            "/people/" + colleagueName + "/follow",
            "/people/" + colleagueName + "/unfollow",
            "/spaces",
            "/spaces/" + secretSlug,
            "/spaces/" + openSlug + "/join",
            "/spaces/" + secretSlug + "/leave",
            "/spaces/" + secretSlug + "/members",
            "/spaces/" + secretSlug + "/members/" + colleagueName + "/role",
            "/spaces/" + secretSlug + "/members/" + colleagueName + "/remove",
            "/spaces/" + secretSlug + "/settings",
            "/spaces/" + secretSlug + "/settings/archive",
            "/notifications/clear",
            "/notifications/1/dismiss");
    Map<String, String> form =
        Map.of(
            "status", "Forged #" + tag,
            "slug", "sp-forged",
            "name", "Forged",
            "username", colleagueName,
            "role", "owner");
    List<String> accepted = new ArrayList<>();
    for (String action : actions) {
      for (String token : new String[] {null, "wrong"}) {
        Map<String, String> fields = new HashMap<>(form);
        if (token != null) {
          fields.put("csrf", token);
        }
        int status = owner.postRaw(action, fields).status();
        if (status != 403) {
          accepted.add(action + " with token " + token + " → " + status);
        }
      }
    }
    assertEquals(List.of(), accepted);
    assertFalse(owner.get("/home").body().contains("Forged"));
    assertEquals(404, owner.get("/spaces/sp-forged").status());
    assertEquals(200, owner.get("/statuses/" + secretPost).status(), "not deleted");
    assertTrue(owner.get("/spaces/" + secretSlug + "/members").body().contains("Member"));
  }

  @Test
  @DisplayName("people start at home; guests in their first space, or on their profile")
  void startPages() {
    assertEquals("/home", path(owner.get("/").header("Location")));
    assertEquals("/spaces/" + privateSlug, path(guest.get("/").header("Location")));
  }

  @Test
  @DisplayName("secret spaces and their posts are 404 pages to guests and outsiders")
  void secretSpacesAreNotFound() {
    for (WebSession stranger : List.of(guest, outsider)) {
      for (String page :
          List.of(
              "/spaces/" + secretSlug,
              "/spaces/" + secretSlug + "/members",
              "/spaces/" + secretSlug + "/settings",
              "/statuses/" + secretPost)) {
        Api.Reply reply = stranger.get(page);
        assertEquals(404, reply.status(), page);
        assertTrue(reply.body().contains("not visible to you"), page);
      }
      assertFalse(stranger.get("/tags/spsecret").body().contains("Secret roadmap"));
    }
    assertEquals(404, guest.get("/spaces/" + openSlug).status(), "guests see only their spaces");
    assertTrue(colleague.get("/tags/spsecret").body().contains("Secret roadmap"));
    assertTrue(colleague.get("/home").body().contains("Secret roadmap"));
  }

  @Test
  @DisplayName("a private space shows outsiders its name only; its members page is refused")
  void privateSpaceToOutsiders() {
    Api.Reply space = outsider.get("/spaces/" + privateSlug);
    assertEquals(200, space.status());
    assertTrue(space.body().contains("This space is private"));
    assertFalse(space.body().contains("id=\"stream\""));
    assertFalse(space.body().contains("composer-text"));
    assertEquals(403, outsider.get("/spaces/" + privateSlug + "/members").status());
    assertEquals(403, outsider.get("/spaces/" + openSlug + "/settings").status());
  }

  @Test
  @DisplayName("a refused post keeps its text and says why; unknown ids are 404 pages")
  void refusedPostAndUnknownIds() {
    String tooLong = "<b>Plan</b> " + "x".repeat(5000);
    Api.Reply refused = colleague.post("/home", Map.of("status", tooLong));
    assertEquals(422, refused.status());
    assertTrue(refused.body().contains("&lt;b&gt;Plan&lt;/b&gt; xxx"), "the text is kept, escaped");
    assertTrue(refused.body().contains("5,000 characters or fewer; this one has 5,012"));
    assertTrue(refused.body().contains("<title>Error: Home"));
    assertTrue(colleague.post("/home", Map.of("status", " ")).body().contains("Write something"));
    for (String page :
        List.of("/statuses/abc", "/statuses/99999999", "/tags/%21%21", "/spaces/no-such-space")) {
      assertEquals(404, colleague.get(page).status(), page);
    }
    assertEquals(404, colleague.post("/notifications/abc/dismiss", Map.of()).status());
  }

  @Test
  @DisplayName("actions go back only to local pages, scrolled to the post")
  void actionsGoBackLocally() {
    String id =
        api.post("/api/v1/statuses", Map.of("status", "Back test"), api.token(ownerName))
            .json()
            .get("id")
            .asText();
    Api.Reply evil =
        colleague.post("/statuses/" + id + "/favourite", Map.of("back", "//evil.example/phish"));
    assertEquals(303, evil.status());
    assertEquals(
        "/statuses/" + id + "?flash=liked#status-" + id, pathAndMore(evil.header("Location")));
    Api.Reply home =
        colleague.post("/statuses/" + id + "/unfavourite", Map.of("back", "/home?max_id=5"));
    assertEquals("/home?max_id=5&flash=unliked#status-" + id, pathAndMore(home.header("Location")));
  }

  @Test
  @DisplayName("space names and descriptions are escaped, and the rail lists the person's spaces")
  void spaceTextIsEscaped() {
    String slug = "sp-escaped";
    Api.Reply created =
        owner.post(
            "/spaces",
            Map.of(
                "slug", slug,
                "name", "<script>alert(1)</script>",
                "description", "<img src=x onerror=alert(2)>",
                "visibility", "public",
                "kind", "project"));
    assertEquals(303, created.status(), created.body());
    Api.Reply page = owner.get("/spaces/" + slug);
    assertFalse(page.body().contains("<script>alert(1)"));
    assertFalse(page.body().contains("<img src=x"));
    assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(
        page.body()
            .contains(
                "<a href=\"/spaces/" + slug + "\" aria-current=\"page\"><span class=\"rail-dot\""),
        "the rail marks the space");
    assertFalse(owner.get("/spaces?q=sp-esc").body().contains("<img src=x"));
  }

  @Test
  @DisplayName("the bell names the unread count on every page")
  void bell() throws InterruptedException {
    api.post("/api/v1/people/" + colleagueName + "/follow", Map.of(), api.token(ownerName));
    // the invitation to the secret space and the follow, once the outbox has delivered both
    int expected = 2;
    long deadline = System.currentTimeMillis() + 10_000;
    while (unread(colleagueName) < expected && System.currentTimeMillis() < deadline) {
      Thread.sleep(25);
    }
    for (String page : List.of("/people", "/spaces", "/home")) {
      String body = colleague.get(page).body();
      assertTrue(
          body.contains(
              "class=\"visually-hidden bell-label\">Notifications, " + expected + " unread<"),
          page);
      assertTrue(body.contains("<span class=\"badge\" aria-hidden=\"true\">2</span>"), page);
    }
  }

  private static int unread(String username) {
    return api.get("/api/v1/notifications/unread_count", api.token(username))
        .json()
        .get("count")
        .asInt();
  }

  @Test
  @DisplayName("a page's HTML, CSS and script stay under 100 KB")
  void pagesAreSmall() {
    int css = owner.get("/static/atrium.css").body().length();
    int js = owner.get("/static/live.js").body().length();
    for (String page : List.of("/home", "/spaces/" + secretSlug, "/notifications", "/spaces")) {
      int html = owner.get(page).body().length();
      assertTrue(html + css + js < 100_000, page + " weighs " + (html + css + js) + " bytes");
    }
  }

  private static String space(String slug, String visibility, String token) {
    Api.Reply created =
        api.post(
            "/api/v1/spaces",
            Map.of("slug", slug, "name", "Stream " + visibility, "visibility", visibility),
            token);
    assertEquals(201, created.status(), created.body());
    return slug;
  }

  private static String path(String location) {
    return URI.create(location).getPath();
  }

  private static String pathAndMore(String location) {
    URI uri = URI.create(location);
    return uri.getRawPath()
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
  }
}
