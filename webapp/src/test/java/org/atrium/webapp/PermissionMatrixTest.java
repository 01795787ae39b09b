package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Roles × space visibility × channels: every channel that shows a status, a wiki page or a file
 * shows it exactly to the people the access policy lets read it, and to nobody else.
 */
class PermissionMatrixTest {

  /** Who looks. */
  enum Role {
    OWNER,
    MEMBER,
    GUEST_OF_THIS_SPACE,
    GUEST_OF_ANOTHER_SPACE,
    EMPLOYEE_NON_MEMBER,
    HR,
    ADMIN
  }

  private static final List<String> VISIBILITIES = List.of("public", "private", "secret");

  private static Api api;
  private static final Map<Role, String> usernames = new EnumMap<>(Role.class);
  private static final Map<Role, String> tokens = new EnumMap<>(Role.class);
  private static final Map<Role, SseClient> streams = new EnumMap<>(Role.class);
  private static final Map<String, String> posts = new LinkedHashMap<>();
  private static final Map<String, String> replies = new LinkedHashMap<>();
  private static final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);
  private static final Map<String, String> fileIds = new LinkedHashMap<>();

  @BeforeAll
  static void setUp() throws IOException {
    api = TestServer.shared().api();
    String hr = api.token("hr");
    List<String> staff =
        PeopleApiTest.usernames(api.get("/api/v1/people?business_unit=DATA&limit=10", hr).json())
            .stream()
            .filter(u -> !List.of("admin", "hr", "partner").contains(u))
            .toList();
    usernames.put(Role.OWNER, staff.get(0));
    usernames.put(Role.MEMBER, staff.get(1));
    usernames.put(Role.EMPLOYEE_NON_MEMBER, staff.get(2));
    usernames.put(Role.GUEST_OF_THIS_SPACE, "partner");
    usernames.put(Role.GUEST_OF_ANOTHER_SPACE, "matrix.vendor");
    usernames.put(Role.HR, "hr");
    usernames.put(Role.ADMIN, "admin");
    api.post(
        "/api/v1/admin/people",
        Map.of(
            "username",
            "matrix.vendor",
            "email",
            "vendor@partner.example",
            "display_name",
            "Matrix Vendor",
            "role",
            "guest",
            "password",
            "vendor password 123"),
        hr);
    for (Role role : Role.values()) {
      tokens.put(
          role,
          role == Role.GUEST_OF_ANOTHER_SPACE
              ? api.login("matrix.vendor", "vendor password 123")
                  .json()
                  .get("access_token")
                  .asText()
              : api.token(usernames.get(role)));
    }
    String owner = tokens.get(Role.OWNER);
    api.post(
        "/api/v1/spaces",
        Map.of("slug", "mx-elsewhere", "name", "Elsewhere", "visibility", "private"),
        owner);
    api.put("/api/v1/spaces/mx-elsewhere/members/matrix.vendor", Map.of("role", "guest"), owner);
    for (String visibility : VISIBILITIES) {
      String slug = "mx-" + visibility;
      api.post(
          "/api/v1/spaces",
          Map.of("slug", slug, "name", "Matrix " + visibility, "visibility", visibility),
          owner);
      api.put(
          "/api/v1/spaces/" + slug + "/members/" + usernames.get(Role.MEMBER),
          Map.of("role", "member"),
          owner);
      api.put("/api/v1/spaces/" + slug + "/members/partner", Map.of("role", "guest"), owner);
    }
    for (Role role : Role.values()) {
      api.post(
          "/api/v1/people/" + usernames.get(Role.OWNER) + "/follow", Map.of(), tokens.get(role));
      streams.put(role, SseClient.connect(api, tokens.get(role)));
    }
    for (String visibility : VISIBILITIES) {
      StringBuilder text = new StringBuilder("Matrix " + visibility + " #mx" + visibility);
      usernames.values().forEach(u -> text.append(" @").append(u));
      String id = status(owner, Map.of("status", text.toString(), "space", "mx-" + visibility));
      posts.put(visibility, id);
      replies.put(
          visibility,
          status(
              tokens.get(Role.MEMBER),
              Map.of("status", "Reply in " + visibility, "in_reply_to_id", id)));
    }
    TestServer.shared().services().dispatcher().drain();
    writeWikiPages(owner);
    watchAndEditWikis(staff.get(3));
    for (Role role : Role.values()) {
      sessions.put(
          role,
          role == Role.GUEST_OF_ANOTHER_SPACE
              ? WebSession.signIn(api, "matrix.vendor", "vendor password 123")
              : WebSession.signIn(api, usernames.get(role), Api.DEMO_PASSWORD));
    }
    uploadFiles(owner);
  }

  /**
   * Every role tries to watch each space's wiki (those who may not read it are refused), then
   * {@code editor}, a member who is none of the roles, saves the page: its watchers are notified.
   */
  private static void watchAndEditWikis(String editor) {
    String owner = tokens.get(Role.OWNER);
    String editorToken = api.token(editor);
    WikiClient wiki = new WikiClient(api);
    for (String visibility : VISIBILITIES) {
      String space = "mx-" + visibility;
      api.put("/api/v1/spaces/" + space + "/members/" + editor, Map.of("role", "member"), owner);
      for (Role role : Role.values()) {
        api.post("/api/v1/spaces/" + space + "/wiki/watch", Map.of(), tokens.get(role));
      }
      assertEquals(
          200,
          wiki.update(
                  space,
                  "mx-page",
                  2,
                  WikiClient.page("Matrix page", "First, then second, then third", null, null),
                  editorToken)
              .status());
    }
    TestServer.shared().services().dispatcher().drain();
    TestServer.shared().services().dispatcher().drain();
  }

  /** In each space: an image, so that every file channel, thumbnails too, has something. */
  private static void uploadFiles(String owner) throws IOException {
    FilesClient files = new FilesClient(api);
    for (String visibility : VISIBILITIES) {
      Api.Reply reply =
          files.upload("mx-" + visibility, "mx-file.png", FilesApiTest.png(40, 20), owner);
      assertEquals(201, reply.status(), reply.body());
      fileIds.put(visibility, reply.json().get("id").asText());
    }
  }

  /** In each space: a page with two revisions, and a page that links to it. */
  private static void writeWikiPages(String owner) {
    WikiClient wiki = new WikiClient(api);
    for (String visibility : VISIBILITIES) {
      String space = "mx-" + visibility;
      assertEquals(201, wiki.create(space, "mx-page", "Matrix page", "First", owner).status());
      assertEquals(
          200,
          wiki.update(
                  space,
                  "mx-page",
                  1,
                  WikiClient.page("Matrix page", "First, then second", null, null),
                  owner)
              .status());
      assertEquals(
          201, wiki.create(space, "mx-linker", "Linker", "See [[mx-page]]", owner).status());
    }
  }

  @AfterAll
  static void disconnect() {
    streams.values().forEach(SseClient::close);
  }

  static boolean mayRead(Role role, String visibility) {
    return switch (role) {
      case OWNER, MEMBER, GUEST_OF_THIS_SPACE -> true;
      case EMPLOYEE_NON_MEMBER, HR, ADMIN -> visibility.equals("public");
      case GUEST_OF_ANOTHER_SPACE -> false;
    };
  }

  @Test
  @DisplayName(
      "no channel shows a status to anyone the policy hides it from, and none hides it from a reader")
  void zeroLeaks() {
    Map<String, BiPredicate<Role, String>> channels = new LinkedHashMap<>();
    channels.put(
        "status",
        (role, v) -> api.get("/api/v1/statuses/" + posts.get(v), tokens.get(role)).status() == 200);
    channels.put(
        "space timeline",
        (role, v) -> listed("/api/v1/timelines/space/mx-" + v + "?limit=40", role, posts.get(v)));
    channels.put(
        "home timeline",
        (role, v) -> listed("/api/v1/timelines/home?limit=40", role, posts.get(v)));
    channels.put(
        "tag timeline",
        (role, v) -> listed("/api/v1/timelines/tag/mx" + v + "?limit=40", role, posts.get(v)));
    channels.put(
        "person timeline",
        (role, v) ->
            listed(
                "/api/v1/people/" + usernames.get(Role.OWNER) + "/statuses?limit=40",
                role,
                posts.get(v)));
    channels.put("thread context", (role, v) -> contextShowsRoot(role, v));
    channels.put("notifications", PermissionMatrixTest::notified);
    channels.put("space feed", (role, v) -> feedShows("/feeds/spaces/mx-" + v + ".atom", role, v));
    channels.put("tag feed", (role, v) -> feedShows("/feeds/tags/mx" + v + ".atom", role, v));
    channels.put("live stream", PermissionMatrixTest::pushed);

    List<String> wrong = new ArrayList<>();
    int checks = check(channels, wrong);
    assertEquals(
        List.of(), wrong, "wrong visibility in " + wrong.size() + " of " + checks + " checks");
    assertEquals(10 * 3 * Role.values().length, checks);
  }

  @Test
  @DisplayName("no wiki channel shows a page to anyone the policy hides it from, nor hides it")
  void zeroWikiLeaks() {
    Map<String, BiPredicate<Role, String>> channels = new LinkedHashMap<>();
    channels.put("page", (role, v) -> wikiOk(role, v, "/mx-page", "Matrix page"));
    channels.put("page tree", (role, v) -> wikiOk(role, v, "", "\"mx-page\""));
    channels.put("revisions", (role, v) -> wikiOk(role, v, "/mx-page/revisions", "\"number\":2"));
    channels.put("revision", (role, v) -> wikiOk(role, v, "/mx-page/revisions/1", "First"));
    channels.put("diff", (role, v) -> wikiOk(role, v, "/mx-page/diff?from=1&to=2", "second"));
    channels.put("backlinks", (role, v) -> wikiOk(role, v, "/mx-page/backlinks", "mx-linker"));
    channels.put("page html", (role, v) -> pageOk(role, v, "", "Matrix page"));
    channels.put("history html", (role, v) -> pageOk(role, v, "/history", "Revision 2"));
    channels.put("revision html", (role, v) -> pageOk(role, v, "/revisions/1", "First"));
    channels.put("diff html", (role, v) -> pageOk(role, v, "/diff?from=1&to=2", "second"));
    channels.put("watch notification", PermissionMatrixTest::watchNotified);

    List<String> wrong = new ArrayList<>();
    int checks = check(channels, wrong);
    assertEquals(
        List.of(), wrong, "wrong visibility in " + wrong.size() + " of " + checks + " checks");
    assertEquals(11 * 3 * Role.values().length, checks);
  }

  @Test
  @DisplayName("no Q&A channel shows a question or answer to anyone the policy hides it from")
  void zeroQaLeaks() {
    Map<String, String> questions = new LinkedHashMap<>();
    Map<String, String> answers = new LinkedHashMap<>();
    String hr = tokens.get(Role.HR);
    QaClient qa = new QaClient(api);
    for (String visibility : VISIBILITIES) {
      String slug = "mx-qa-" + visibility;
      qa.community(slug, visibility, hr);
      qa.member(slug, usernames.get(Role.OWNER), "owner", hr);
      qa.member(slug, usernames.get(Role.MEMBER), "member", hr);
      qa.member(slug, "partner", "guest", hr);
      assertEquals(204, api.delete("/api/v1/spaces/" + slug + "/members/hr", hr).status());
      String question =
          qa.asked(
              slug, "Matrix question " + visibility, "Body", List.of("mx"), tokens.get(Role.OWNER));
      questions.put(visibility, question);
      answers.put(
          visibility,
          qa.answered(question, "Matrix answer " + visibility, tokens.get(Role.MEMBER)));
    }
    Map<String, BiPredicate<Role, String>> channels = new LinkedHashMap<>();
    channels.put(
        "question",
        (role, v) -> shows("/api/v1/questions/" + questions.get(v), role, "Matrix answer " + v));
    channels.put(
        "question list",
        (role, v) ->
            shows("/api/v1/spaces/mx-qa-" + v + "/questions", role, "Matrix question " + v));
    channels.put(
        "similar questions",
        (role, v) ->
            shows(
                "/api/v1/spaces/mx-qa-" + v + "/questions/similar?title=matrix+question",
                role,
                "Matrix question " + v));
    channels.put(
        "question history",
        (role, v) -> shows("/api/v1/questions/" + questions.get(v) + "/history", role, "["));
    channels.put(
        "answer history",
        (role, v) -> shows("/api/v1/answers/" + answers.get(v) + "/history", role, "["));

    List<String> wrong = new ArrayList<>();
    int checks = check(channels, wrong);
    assertEquals(
        List.of(), wrong, "wrong visibility in " + wrong.size() + " of " + checks + " checks");
    assertEquals(5 * 3 * Role.values().length, checks);
  }

  private static boolean shows(String path, Role role, String marker) {
    Api.Reply reply = api.get(path, tokens.get(role));
    return reply.status() == 200 && reply.body().contains(marker);
  }

  @Test
  @DisplayName(
      "no file channel lists, describes or hands out a file the policy hides, nor hides it")
  void zeroFileLeaks() {
    Map<String, BiPredicate<Role, String>> channels = new LinkedHashMap<>();
    channels.put(
        "file list",
        (role, v) -> {
          Api.Reply reply = api.get("/api/v1/spaces/mx-" + v + "/files", tokens.get(role));
          return reply.status() == 200 && reply.body().contains("\"" + fileIds.get(v) + "\"");
        });
    channels.put("file metadata", (role, v) -> fileOk(role, v, "", "mx-file.png"));
    channels.put("file versions", (role, v) -> fileOk(role, v, "/versions", "\"number\":1"));
    channels.put("download", (role, v) -> fileOk(role, v, "/content", "PNG"));
    channels.put("version download", (role, v) -> fileOk(role, v, "/versions/1/content", "PNG"));
    channels.put("thumbnail", (role, v) -> fileOk(role, v, "/thumbnail", "PNG"));

    List<String> wrong = new ArrayList<>();
    int checks = check(channels, wrong);
    assertEquals(
        List.of(), wrong, "wrong visibility in " + wrong.size() + " of " + checks + " checks");
    assertEquals(6 * 3 * Role.values().length, checks);
  }

  /** Whether {@code role} gets {@code marker} from a path of the file in the space of {@code v}. */
  private static boolean fileOk(Role role, String visibility, String path, String marker) {
    Api.Reply reply = api.get("/api/v1/files/" + fileIds.get(visibility) + path, tokens.get(role));
    return reply.status() == 200 && reply.body().contains(marker);
  }

  /**
   * Asks every channel for every visibility as every role; adds what is shown wrongly to {@code
   * wrong} and answers how many checks it made.
   */
  private static int check(Map<String, BiPredicate<Role, String>> channels, List<String> wrong) {
    int checks = 0;
    for (var channel : channels.entrySet()) {
      for (String visibility : VISIBILITIES) {
        for (Role role : Role.values()) {
          boolean expected = mayRead(role, visibility);
          boolean shown = channel.getValue().test(role, visibility);
          checks++;
          if (shown != expected) {
            wrong.add(
                channel.getKey()
                    + " / "
                    + visibility
                    + " / "
                    + role
                    + ": "
                    + (shown ? "LEAKED" : "hidden from a reader"));
          }
        }
      }
    }
    return checks;
  }

  /** Whether {@code role} gets {@code marker} from a wiki path of the space of {@code v}. */
  private static boolean wikiOk(Role role, String visibility, String path, String marker) {
    Api.Reply reply =
        api.get("/api/v1/spaces/mx-" + visibility + "/pages" + path, tokens.get(role));
    return reply.status() == 200 && reply.body().contains(marker);
  }

  /**
   * Whether {@code role}'s browser gets {@code marker} from a wiki page of the space of {@code v}.
   */
  private static boolean pageOk(Role role, String visibility, String path, String marker) {
    Api.Reply reply = sessions.get(role).get("/spaces/mx-" + visibility + "/pages/mx-page" + path);
    return reply.status() == 200 && reply.body().contains(marker);
  }

  /** Whether {@code role} was told that the watched page of the space of {@code v} changed. */
  private static boolean watchNotified(Role role, String visibility) {
    for (JsonNode n : api.get("/api/v1/notifications?limit=40", tokens.get(role)).json()) {
      if (n.get("type").asText().equals("wiki_edit")
          && n.get("space").get("slug").asText().equals("mx-" + visibility)
          && n.get("page").get("slug").asText().equals("mx-page")) {
        return true;
      }
    }
    return false;
  }

  private static boolean listed(String path, Role role, String id) {
    Api.Reply reply = api.get(path, tokens.get(role));
    return reply.status() == 200 && StatusesApiTest.ids(reply.json()).contains(id);
  }

  private static boolean contextShowsRoot(Role role, String visibility) {
    Api.Reply reply =
        api.get("/api/v1/statuses/" + replies.get(visibility) + "/context", tokens.get(role));
    return reply.status() == 200
        && StatusesApiTest.ids(reply.json().get("ancestors")).contains(posts.get(visibility));
  }

  private static boolean notified(Role role, String visibility) {
    String id = role == Role.OWNER ? replies.get(visibility) : posts.get(visibility);
    JsonNode list = api.get("/api/v1/notifications?limit=40", tokens.get(role)).json();
    for (JsonNode notification : list) {
      if (!notification.get("status").isNull()
          && notification.get("status").get("id").asText().equals(id)) {
        return true;
      }
    }
    return false;
  }

  private static boolean feedShows(String path, Role role, String visibility) {
    Api.Reply reply = api.get(path, tokens.get(role));
    return reply.status() == 200 && reply.body().contains("Matrix " + visibility);
  }

  private static boolean pushed(Role role, String visibility) {
    String marker = "\"id\":\"" + posts.get(visibility) + "\"";
    Duration wait = mayRead(role, visibility) ? Duration.ofSeconds(5) : Duration.ofMillis(200);
    return streams
        .get(role)
        .await(e -> e.name().equals("update") && e.data().contains(marker), wait);
  }

  private static String status(String token, Map<String, Object> body) {
    Api.Reply reply = api.post("/api/v1/statuses", body, token);
    assertTrue(reply.status() == 201, reply.body());
    return reply.json().get("id").asText();
  }
}
