package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every row of the "Spaces" table of api.md, and the access policy behind it. */
class SpacesApiTest {

  private static Api api;
  private static String owner;
  private static String ownerName;
  private static String colleague;
  private static String colleagueName;
  private static String outsider;
  private static String partner;
  private static String hr;

  @BeforeAll
  static void start() {
    api = TestServer.shared().api();
    hr = api.token("hr");
    List<String> people =
        PeopleApiTest.usernames(api.get("/api/v1/people?business_unit=PROD&limit=3", hr).json());
    ownerName = people.get(0);
    colleagueName = people.get(1);
    owner = api.token(ownerName);
    colleague = api.token(colleagueName);
    outsider = api.token(people.get(2));
    partner = api.token("partner");
  }

  @Test
  @DisplayName("creating a space makes you its owner; slugs are unique and well-formed")
  void create() {
    Api.Reply created = createSpace("launch-plan", "public", owner);
    assertEquals(201, created.status(), created.body());
    assertTrue(created.header("Location").endsWith("/api/v1/spaces/launch-plan"));
    assertEquals("owner", created.json().get("role").asText());
    assertEquals(1, created.json().get("members_count").asInt());
    ErrorsTest.assertProblem(createSpace("launch-plan", "public", colleague), 409);
    JsonNode invalid =
        ErrorsTest.assertProblem(
            api.post(
                "/api/v1/spaces",
                Map.of("slug", "Bad Slug!", "name", "", "visibility", "hidden"),
                owner),
            422);
    assertEquals(3, invalid.get("errors").size());
    ErrorsTest.assertProblem(createSpace("partner-made", "public", partner), 403);
  }

  @Test
  @DisplayName("secret spaces are invisible to non-members, private ones hide their content")
  void visibility() {
    createSpace("secret-merger", "secret", owner);
    createSpace("private-budget", "private", owner);
    for (String token : List.of(outsider, hr, api.token("admin"), partner)) {
      ErrorsTest.assertProblem(api.get("/api/v1/spaces/secret-merger", token), 404);
      ErrorsTest.assertProblem(api.get("/api/v1/spaces/secret-merger/members", token), 404);
      assertFalse(
          slugs(api.get("/api/v1/spaces?limit=100&q=secret", token).json())
              .contains("secret-merger"));
    }
    assertEquals(200, api.get("/api/v1/spaces/secret-merger", owner).status());
    assertTrue(
        slugs(api.get("/api/v1/spaces?member=me&limit=100", owner).json())
            .contains("secret-merger"));

    assertEquals(200, api.get("/api/v1/spaces/private-budget", outsider).status());
    ErrorsTest.assertProblem(api.get("/api/v1/spaces/private-budget/members", outsider), 403);
    ErrorsTest.assertProblem(api.get("/api/v1/spaces/private-budget", partner), 404);
  }

  @Test
  @DisplayName("public spaces are joined freely; private and secret ones by invitation")
  void joinAndLeave() {
    createSpace("open-guild", "public", owner);
    createSpace("closed-guild", "private", owner);
    createSpace("hidden-guild", "secret", owner);
    JsonNode joined = api.post("/api/v1/spaces/open-guild/join", Map.of(), colleague).json();
    assertEquals("member", joined.get("role").asText());
    assertEquals(
        2,
        api.post("/api/v1/spaces/open-guild/join", Map.of(), colleague)
            .json()
            .get("members_count")
            .asInt(),
        "joining twice changes nothing");
    ErrorsTest.assertProblem(
        api.post("/api/v1/spaces/closed-guild/join", Map.of(), colleague), 403);
    ErrorsTest.assertProblem(
        api.post("/api/v1/spaces/hidden-guild/join", Map.of(), colleague), 404);
    ErrorsTest.assertProblem(api.post("/api/v1/spaces/open-guild/join", Map.of(), partner), 404);
    assertEquals(204, api.post("/api/v1/spaces/open-guild/leave", Map.of(), colleague).status());
    assertEquals(
        1, api.get("/api/v1/spaces/open-guild", owner).json().get("members_count").asInt());
  }

  @Test
  @DisplayName("owners manage members; the last owner cannot leave or step down")
  void members() {
    createSpace("rollout", "secret", owner);
    ErrorsTest.assertProblem(api.post("/api/v1/spaces/rollout/leave", Map.of(), owner), 409);
    ErrorsTest.assertProblem(
        api.put("/api/v1/spaces/rollout/members/" + ownerName, Map.of("role", "member"), owner),
        409);

    JsonNode added =
        api.put("/api/v1/spaces/rollout/members/" + colleagueName, Map.of("role", "member"), owner)
            .json();
    assertEquals("member", added.get("role").asText());
    assertEquals(
        200, api.get("/api/v1/spaces/rollout", colleague).status(), "membership applies at once");
    TestServer.shared().services().dispatcher().drain();
    JsonNode invites = api.get("/api/v1/notifications", colleague).json();
    assertTrue(
        java.util.stream.StreamSupport.stream(invites.spliterator(), false)
            .anyMatch(
                n ->
                    n.get("type").asText().equals("space_invite")
                        && n.get("space").get("slug").asText().equals("rollout")
                        && n.get("account").get("username").asText().equals(ownerName)),
        "the new member is told: " + invites);
    ErrorsTest.assertProblem(
        api.put("/api/v1/spaces/rollout/members/" + ownerName, Map.of("role", "guest"), colleague),
        403);
    ErrorsTest.assertProblem(
        api.patch("/api/v1/spaces/rollout", Map.of("name", "Mine now"), colleague), 403);
    ErrorsTest.assertProblem(
        api.put("/api/v1/spaces/rollout/members/no.such.person", Map.of("role", "member"), owner),
        404);
    ErrorsTest.assertProblem(
        api.put("/api/v1/spaces/rollout/members/" + colleagueName, Map.of("role", "king"), owner),
        422);

    api.put("/api/v1/spaces/rollout/members/" + colleagueName, Map.of("role", "owner"), owner);
    JsonNode members = api.get("/api/v1/spaces/rollout/members", owner).json();
    assertEquals("owner", members.get(0).get("role").asText());
    assertEquals(204, api.post("/api/v1/spaces/rollout/leave", Map.of(), owner).status());
    ErrorsTest.assertProblem(api.get("/api/v1/spaces/rollout", owner), 404);
    ErrorsTest.assertProblem(
        api.delete("/api/v1/spaces/rollout/members/" + colleagueName, colleague), 409);
  }

  @Test
  @DisplayName("external partners see only their spaces and those spaces' members")
  void guests() {
    createSpace("vendor-project", "private", owner);
    ErrorsTest.assertProblem(
        api.put("/api/v1/spaces/vendor-project/members/partner", Map.of("role", "member"), owner),
        422);
    assertEquals(
        200,
        api.put("/api/v1/spaces/vendor-project/members/partner", Map.of("role", "guest"), owner)
            .status());
    assertEquals(200, api.get("/api/v1/spaces/vendor-project", partner).status());
    JsonNode partnerSpaces = api.get("/api/v1/spaces?limit=100", partner).json();
    assertTrue(slugs(partnerSpaces).contains("vendor-project"));
    partnerSpaces.forEach(
        space ->
            assertEquals("guest", space.get("role").asText(), "a guest lists only own spaces"));
    assertEquals(200, api.get("/api/v1/people/" + ownerName, partner).status(), "a fellow member");
    ErrorsTest.assertProblem(api.get("/api/v1/people/" + colleagueName, partner), 404);
    ErrorsTest.assertProblem(
        api.post("/api/v1/spaces", Map.of("slug", "x-y", "name", "X"), partner), 403);
  }

  @Test
  @DisplayName("owners edit and archive; archived spaces are read-only")
  void editAndArchive() {
    createSpace("old-project", "public", owner);
    JsonNode edited =
        api.patch(
                "/api/v1/spaces/old-project",
                Map.of("description", "Done and dusted", "visibility", "private"),
                owner)
            .json();
    assertEquals("Done and dusted", edited.get("description").asText());
    assertEquals("private", edited.get("visibility").asText());
    JsonNode archived = api.post("/api/v1/spaces/old-project/archive", Map.of(), owner).json();
    assertTrue(archived.get("archived").asBoolean());
    ErrorsTest.assertProblem(
        api.patch("/api/v1/spaces/old-project", Map.of("name", "Revived"), owner), 409);
    ErrorsTest.assertProblem(
        api.put(
            "/api/v1/spaces/old-project/members/" + colleagueName, Map.of("role", "member"), owner),
        409);
  }

  private static Api.Reply createSpace(String slug, String visibility, String token) {
    return api.post(
        "/api/v1/spaces",
        Map.of(
            "slug",
            slug,
            "name",
            slug.replace('-', ' '),
            "description",
            "About " + slug,
            "visibility",
            visibility,
            "kind",
            "project"),
        token);
  }

  private static List<String> slugs(JsonNode spaces) {
    return java.util.stream.StreamSupport.stream(spaces.spliterator(), false)
        .map(s -> s.get("slug").asText())
        .toList();
  }
}
