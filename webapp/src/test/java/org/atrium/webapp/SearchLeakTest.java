package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.atrium.webapp.PermissionMatrixTest.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Roles × space visibility × search channels: search results, totals, facets, snippets, expert
 * evidence and suggestions show a space's content (statuses, pages, files, questions and answers)
 * to exactly the people the access policy lets read it, and a space itself to exactly those who may
 * see it.
 */
class SearchLeakTest {

  private static final List<String> VISIBILITIES = List.of("public", "private", "secret");

  private static Api api;
  private static final Map<Role, String> usernames = new EnumMap<>(Role.class);
  private static final Map<Role, String> tokens = new EnumMap<>(Role.class);

  @BeforeAll
  static void setUp() {
    api = TestServer.shared().api();
    List<String> staff = staffOf("ENG");
    usernames.put(Role.OWNER, staff.get(0));
    usernames.put(Role.MEMBER, staff.get(1));
    usernames.put(Role.EMPLOYEE_NON_MEMBER, staff.get(2));
    usernames.put(Role.GUEST_OF_THIS_SPACE, "partner");
    usernames.put(Role.GUEST_OF_ANOTHER_SPACE, "leak.vendor");
    usernames.put(Role.HR, "hr");
    usernames.put(Role.ADMIN, "admin");
    api.post(
        "/api/v1/admin/people",
        Map.of(
            "username", "leak.vendor",
            "email", "leak.vendor@partner.example",
            "display_name", "Leak Vendor",
            "role", "guest",
            "password", "vendor password 123"),
        api.token("hr"));
    for (Role role : Role.values()) {
      tokens.put(
          role,
          role == Role.GUEST_OF_ANOTHER_SPACE
              ? api.login("leak.vendor", "vendor password 123").json().get("access_token").asText()
              : api.token(usernames.get(role)));
    }
    String owner = tokens.get(Role.OWNER);
    api.post(
        "/api/v1/spaces",
        Map.of("slug", "sl-elsewhere", "name", "Elsewhere", "visibility", "private"),
        owner);
    api.put("/api/v1/spaces/sl-elsewhere/members/leak.vendor", Map.of("role", "guest"), owner);
    WikiClient wiki = new WikiClient(api);
    FilesClient files = new FilesClient(api);
    QaClient qa = new QaClient(api);
    for (String visibility : VISIBILITIES) {
      String slug = "sl-" + visibility;
      api.post(
          "/api/v1/spaces",
          Map.of(
              "slug", slug, "name", "Leakcheck " + visibility + " room", "visibility", visibility),
          owner);
      api.put(
          "/api/v1/spaces/" + slug + "/members/" + usernames.get(Role.MEMBER),
          Map.of("role", "member"),
          owner);
      api.put("/api/v1/spaces/" + slug + "/members/partner", Map.of("role", "guest"), owner);
      assertEquals(
          201,
          api.post(
                  "/api/v1/statuses",
                  Map.of(
                      "status",
                      "Leakprobe" + visibility + " about glimmerfrost #lk" + visibility,
                      "space",
                      slug),
                  owner)
              .status());
      assertEquals(
          201,
          wiki.create(slug, "lk-page", "Leakprobe" + visibility + " page", "glimmerfrost", owner)
              .status());
      assertEquals(
          201,
          files
              .upload(
                  slug, "Fileprobe" + visibility + ".txt", "quillfern notes " + visibility, owner)
              .status());
      community(qa, visibility);
    }
    TestServer.shared().services().dispatcher().drain();
    TestServer.shared().services().search().refresh();
  }

  /**
   * A community of the visibility with the same people as the space {@code sl-<visibility>} (HR,
   * who must start it, leaves), holding a question and an answer.
   */
  private static void community(QaClient qa, String visibility) {
    String slug = "slq-" + visibility;
    String owner = tokens.get(Role.OWNER);
    String hr = tokens.get(Role.HR);
    qa.community(slug, visibility, hr);
    qa.member(slug, usernames.get(Role.OWNER), "owner", hr);
    qa.member(slug, usernames.get(Role.MEMBER), "member", owner);
    qa.member(slug, "partner", "guest", owner);
    assertEquals(204, api.delete("/api/v1/spaces/" + slug + "/members/hr", owner).status());
    String question =
        qa.asked(slug, "Qprobe" + visibility + " quillfern?", "Anyone?", List.of("lkq"), owner);
    qa.answered(question, "Aprobe" + visibility + " quillfern.", tokens.get(Role.MEMBER));
  }

  private static List<String> staffOf(String unit) {
    return PeopleApiTest.usernames(
            api.get("/api/v1/people?business_unit=" + unit + "&limit=10", api.token("hr")).json())
        .stream()
        .filter(u -> !List.of("admin", "hr", "partner").contains(u))
        .toList();
  }

  static boolean maySee(Role role, String visibility) {
    return switch (role) {
      case OWNER, MEMBER, GUEST_OF_THIS_SPACE -> true;
      case EMPLOYEE_NON_MEMBER, HR, ADMIN -> !visibility.equals("secret");
      case GUEST_OF_ANOTHER_SPACE -> false;
    };
  }

  @Test
  @DisplayName("no search channel shows content to anyone the policy hides it from, nor hides it")
  void zeroLeaks() {
    Map<String, BiPredicate<Role, String>> channels = new LinkedHashMap<>();
    channels.put(
        "results", (role, v) -> search(role, "q=leakprobe" + v).get("results").size() == 2);
    channels.put("total", (role, v) -> search(role, "q=leakprobe" + v).get("total").asInt() == 2);
    channels.put(
        "space facet",
        (role, v) -> search(role, "q=glimmerfrost").get("facets").get("space").has("sl-" + v));
    channels.put(
        "type facet",
        (role, v) ->
            search(role, "q=leakprobe" + v).get("facets").get("type").path("pages").asInt() == 1);
    channels.put(
        "tag facet",
        (role, v) -> search(role, "q=glimmerfrost").get("facets").get("tag").has("lk" + v));
    channels.put(
        "snippets",
        (role, v) -> search(role, "q=glimmerfrost").toString().contains("Leakprobe" + v));
    channels.put(
        "tag suggestion",
        (role, v) -> get(role, "/api/v1/suggest?type=tags&q=lk" + v).toString().contains("lk" + v));
    channels.put(
        "file results",
        (role, v) -> search(role, "type=files&q=fileprobe" + v).get("results").size() == 1);
    channels.put(
        "file total",
        (role, v) -> search(role, "type=files&q=fileprobe" + v).get("total").asInt() == 1);
    channels.put(
        "file type facet",
        (role, v) ->
            search(role, "q=fileprobe" + v).get("facets").get("type").path("files").asInt() == 1);
    channels.put(
        "file space facet",
        (role, v) -> search(role, "q=quillfern").get("facets").get("space").has("sl-" + v));
    channels.put(
        "question results",
        (role, v) -> search(role, "type=questions&q=qprobe" + v).get("results").size() == 1);
    channels.put(
        "question total",
        (role, v) -> search(role, "type=questions&q=qprobe" + v).get("total").asInt() == 1);
    channels.put(
        "answer total",
        (role, v) -> search(role, "type=answers&q=aprobe" + v).get("total").asInt() == 1);
    channels.put(
        "question type facet",
        (role, v) ->
            search(role, "q=qprobe" + v).get("facets").get("type").path("questions").asInt() == 1);
    channels.put(
        "question space facet",
        (role, v) -> search(role, "q=quillfern").get("facets").get("space").has("slq-" + v));
    channels.put(
        "file and question snippets",
        (role, v) -> {
          String found = search(role, "q=quillfern&limit=50").toString();
          return found.contains("Fileprobe" + v) && found.contains("Aprobe" + v);
        });
    channels.put(
        "expert evidence",
        (role, v) -> get(role, "/api/v1/experts?q=glimmerfrost").toString().contains("sl-" + v));

    List<String> wrong = new ArrayList<>();
    int checks = 0;
    for (var channel : channels.entrySet()) {
      for (Role role : Role.values()) {
        for (String visibility : VISIBILITIES) {
          boolean expected = PermissionMatrixTest.mayRead(role, visibility);
          if (channel.getValue().test(role, visibility) != expected) {
            wrong.add(channel.getKey() + " " + role + " " + visibility + " expected " + expected);
          }
          checks++;
        }
      }
    }
    assertEquals(List.of(), wrong, "wrong visibility in " + wrong.size() + " of " + checks);
    assertEquals(channels.size() * 3 * Role.values().length, checks);
  }

  @Test
  @DisplayName("a space itself is found and suggested by exactly those who may see it")
  void spaces() {
    List<String> wrong = new ArrayList<>();
    for (Role role : Role.values()) {
      for (String visibility : VISIBILITIES) {
        boolean expected = maySee(role, visibility);
        String name = "Leakcheck " + visibility;
        boolean found =
            search(role, "type=spaces&q=" + Api.encode("\"" + name + "\"")).get("total").asInt()
                == 1;
        boolean suggested =
            get(role, "/api/v1/suggest?type=spaces&q=" + Api.encode(name))
                .toString()
                .contains(name);
        if (found != expected || suggested != expected) {
          wrong.add(role + " " + visibility + " found " + found + " suggested " + suggested);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  @DisplayName("a new member finds the space's content at once; a removed one no longer does")
  void membershipAppliesAtOnce() {
    Role newcomer = Role.EMPLOYEE_NON_MEMBER;
    assertEquals(0, search(newcomer, "q=leakprobesecret").get("total").asInt());
    String path = "/api/v1/spaces/sl-secret/members/" + usernames.get(newcomer);
    api.put(path, Map.of("role", "member"), tokens.get(Role.OWNER));
    assertEquals(2, search(newcomer, "q=leakprobesecret").get("total").asInt());
    api.delete(path, tokens.get(Role.OWNER));
    assertEquals(0, search(newcomer, "q=leakprobesecret").get("total").asInt());
  }

  @Test
  @DisplayName("a change of visibility applies to the very next search")
  void visibilityAppliesAtOnce() {
    String owner = tokens.get(Role.OWNER);
    api.post(
        "/api/v1/spaces",
        Map.of("slug", "sl-turning", "name", "Turncoat room", "visibility", "public"),
        owner);
    api.post("/api/v1/statuses", Map.of("status", "Turnprobe notes", "space", "sl-turning"), owner);
    TestServer.shared().services().dispatcher().drain();
    TestServer.shared().services().search().refresh();
    Role outsider = Role.EMPLOYEE_NON_MEMBER;
    assertEquals(1, search(outsider, "q=turnprobe").get("total").asInt());
    assertEquals(1, search(outsider, "q=turncoat&type=spaces").get("total").asInt());

    api.patch("/api/v1/spaces/sl-turning", Map.of("visibility", "secret"), owner);
    assertEquals(0, search(outsider, "q=turnprobe").get("total").asInt());
    assertEquals(0, search(outsider, "q=turncoat&type=spaces").get("total").asInt());
    assertEquals(1, search(Role.OWNER, "q=turnprobe").get("total").asInt());

    api.patch("/api/v1/spaces/sl-turning", Map.of("visibility", "private"), owner);
    assertEquals(0, search(outsider, "q=turnprobe").get("total").asInt());
    assertEquals(1, search(outsider, "q=turncoat&type=spaces").get("total").asInt());

    api.patch("/api/v1/spaces/sl-turning", Map.of("visibility", "public"), owner);
    assertEquals(1, search(outsider, "q=turnprobe").get("total").asInt());
  }

  @Test
  @DisplayName("a guest finds only the people of their own spaces")
  void guestsSeeTheirPeopleOnly() {
    JsonNode people = search(Role.GUEST_OF_ANOTHER_SPACE, "type=people&limit=50");
    List<String> seen = new ArrayList<>();
    people.get("results").forEach(hit -> seen.add(hit.get("url").asText()));
    assertTrue(seen.contains("/people/" + usernames.get(Role.OWNER)), seen.toString());
    assertTrue(seen.contains("/people/leak.vendor"), seen.toString());
    assertEquals(2, people.get("total").asInt(), seen.toString());
    assertEquals(0, search(Role.GUEST_OF_ANOTHER_SPACE, "type=skills").get("total").asInt());
  }

  private static JsonNode search(Role role, String query) {
    return get(role, "/api/v1/search?" + query);
  }

  private static JsonNode get(Role role, String path) {
    Api.Reply reply = api.get(path, tokens.get(role));
    assertEquals(200, reply.status(), path + ": " + reply.body());
    return reply.json();
  }
}
