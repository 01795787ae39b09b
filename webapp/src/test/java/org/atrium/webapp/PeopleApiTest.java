package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every row of the "People & skills" table of api.md, against the real server. */
class PeopleApiTest {

  private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

  private static Api api;
  private static String hr;
  private static String admin;

  @BeforeAll
  static void start() {
    api = TestServer.shared().api();
    hr = api.token("hr");
    admin = api.token("admin");
  }

  @Test
  @DisplayName("the directory pages with a Link header and no overlap between pages")
  void listPaginates() {
    Api.Reply first = api.get("/api/v1/people?limit=7", hr);
    assertEquals(200, first.status());
    assertEquals(7, first.json().size());
    String next = nextLink(first);
    assertNotNull(next, "a next link on a full page");
    Api.Reply second =
        api.get(URI.create(next).getRawPath() + "?" + URI.create(next).getRawQuery(), hr);
    assertEquals(7, second.json().size());
    Set<String> seen = new HashSet<>(usernames(first.json()));
    usernames(second.json()).forEach(u -> assertTrue(seen.add(u), "no repeat: " + u));
    assertTrue(
        first
                .json()
                .get(6)
                .get("display_name")
                .asText()
                .compareToIgnoreCase(second.json().get(0).get("display_name").asText())
            <= 0,
        "sorted by name across pages");
  }

  @Test
  @DisplayName("filters by business unit, location, skill synonym and text")
  void filters() {
    for (JsonNode p : api.get("/api/v1/people?business_unit=ENG&limit=50", hr).json()) {
      assertEquals("Engineering", p.get("business_unit").asText());
    }
    JsonNode anyone = api.get("/api/v1/people?limit=1", hr).json().get(0);
    String location = anyone.get("location").asText();
    JsonNode inLocation =
        api.get("/api/v1/people?location=" + Api.encode(location) + "&limit=100", hr).json();
    assertFalse(inLocation.isEmpty());
    inLocation.forEach(p -> assertEquals(location, p.get("location").asText()));

    JsonNode kubernetes = api.get("/api/v1/people?skill=k8s&limit=100", hr).json();
    assertFalse(kubernetes.isEmpty(), "someone in the demo organisation knows Kubernetes");
    kubernetes.forEach(
        p -> assertEquals("Kubernetes", p.get("matched_skill").get("name").asText()));

    String lastName = anyone.get("display_name").asText().replaceAll(".* ", "");
    JsonNode byText = api.get("/api/v1/people?q=" + Api.encode(lastName), hr).json();
    assertTrue(usernames(byText).contains(anyone.get("username").asText()));

    assertEquals(0, api.get("/api/v1/people?skill=no-such-skill-anywhere", hr).json().size());
  }

  @Test
  @DisplayName("a profile carries every field of the contract")
  void profile() {
    String username =
        api.get("/api/v1/people?business_unit=ENG&limit=1", hr)
            .json()
            .get(0)
            .get("username")
            .asText();
    JsonNode person = api.get("/api/v1/people/" + username, hr).json();
    for (String field :
        List.of(
            "username",
            "display_name",
            "email",
            "title",
            "business_unit",
            "department",
            "location",
            "time_zone",
            "manager",
            "about",
            "ask_me_about",
            "skills",
            "status")) {
      assertTrue(person.has(field), "field " + field);
    }
    assertEquals("active", person.get("status").asText());
    JsonNode skill = person.get("skills").get(0);
    for (String field : List.of("name", "level", "endorsement_count", "endorsed_by_me")) {
      assertTrue(skill.has(field), "skill field " + field);
    }
    assertEquals(404, api.get("/api/v1/people/nobody-by-this-name", hr).status());
  }

  @Test
  @DisplayName("the org chart goes up to one CEO and down to reports")
  void orgChart() {
    String username =
        api.get("/api/v1/people?business_unit=ENG&limit=1", hr)
            .json()
            .get(0)
            .get("username")
            .asText();
    JsonNode chain = api.get("/api/v1/people/" + username + "/manager-chain", hr).json();
    assertFalse(chain.isEmpty());
    String ceo = chain.get(chain.size() - 1).get("username").asText();
    assertEquals(0, api.get("/api/v1/people/" + ceo + "/manager-chain", hr).json().size());
    JsonNode reports = api.get("/api/v1/people/" + ceo + "/reports", hr).json();
    assertTrue(reports.size() >= 10, "unit heads report to the CEO");
    String head = reports.get(0).get("username").asText();
    assertEquals(
        ceo, api.get("/api/v1/people/" + head, hr).json().get("manager").get("username").asText());
  }

  @Test
  @DisplayName("people edit their own profile; HR edits job fields; loops and bad zones are 422")
  void editProfile() {
    List<String> people = usernames(api.get("/api/v1/people?business_unit=FIN&limit=3", hr).json());
    String me = people.get(0);
    String token = api.token(me);
    Api.Reply own =
        api.patch(
            "/api/v1/people/" + me,
            Map.of("about", "I balance books.", "ask_me_about", "budgets"),
            token);
    assertEquals(200, own.status(), own.body());
    assertEquals("I balance books.", own.json().get("about").asText());

    assertEquals(403, api.patch("/api/v1/people/" + me, Map.of("title", "CEO"), token).status());
    assertEquals(
        403,
        api.patch("/api/v1/people/" + people.get(1), Map.of("about", "hacked"), token).status());

    Api.Reply byHr = api.patch("/api/v1/people/" + me, Map.of("title", "Finance Lead"), hr);
    assertEquals(200, byHr.status());
    assertEquals("Finance Lead", byHr.json().get("title").asText());

    Api.Reply invalid =
        api.patch(
            "/api/v1/people/" + me, Map.of("time_zone", "Mars/Olympus", "display_name", ""), token);
    assertEquals(422, invalid.status());
    Set<String> fields = new HashSet<>();
    invalid.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertEquals(Set.of("time_zone", "display_name"), fields);

    String manager =
        api.get("/api/v1/people/" + me, hr).json().get("manager").get("username").asText();
    Api.Reply loop = api.patch("/api/v1/people/" + manager, Map.of("manager", me), hr);
    assertEquals(422, loop.status(), loop.body());
    assertEquals("manager", loop.json().get("errors").get(0).get("field").asText());
  }

  @Test
  @DisplayName("skills are set and removed by their owner only, with levels 1 to 5")
  void ownSkills() {
    String me = usernames(api.get("/api/v1/people?business_unit=MKT&limit=2", hr).json()).get(0);
    String token = api.token(me);
    Api.Reply added =
        api.put(
            "/api/v1/people/" + me + "/skills/" + Api.encode("Underwater Basket Weaving"),
            Map.of("level", 3),
            token);
    assertEquals(201, added.status(), added.body());
    assertEquals(3, added.json().get("level").asInt());
    Api.Reply changed =
        api.put(
            "/api/v1/people/" + me + "/skills/" + Api.encode("underwater basket weaving"),
            Map.of("level", 4),
            token);
    assertEquals(200, changed.status());
    assertEquals("Underwater Basket Weaving", changed.json().get("name").asText());

    JsonNode taxonomy = api.get("/api/v1/skills?q=basket", hr).json();
    assertEquals("Underwater Basket Weaving", taxonomy.get(0).get("name").asText());
    assertTrue(taxonomy.get(0).get("category").isNull(), "new skills are uncategorised");

    assertEquals(
        422,
        api.put("/api/v1/people/" + me + "/skills/Kubernetes", Map.of("level", 7), token).status());
    assertEquals(
        403,
        api.put("/api/v1/people/" + me + "/skills/Kubernetes", Map.of("level", 2), hr).status());
    assertEquals(
        204,
        api.delete(
                "/api/v1/people/" + me + "/skills/" + Api.encode("Underwater Basket Weaving"),
                token)
            .status());
    assertEquals(
        404,
        api.delete(
                "/api/v1/people/" + me + "/skills/" + Api.encode("Underwater Basket Weaving"),
                token)
            .status());
  }

  @Test
  @DisplayName("endorsements count once per endorser, never for yourself, and can be withdrawn")
  void endorsements() {
    List<String> people =
        usernames(api.get("/api/v1/people?business_unit=LEGAL&limit=2", hr).json());
    String endorsed = people.get(0);
    String endorser = api.token(people.get(1));
    JsonNode skill = api.get("/api/v1/people/" + endorsed, endorser).json().get("skills").get(0);
    String path =
        "/api/v1/people/"
            + endorsed
            + "/skills/"
            + Api.encode(skill.get("name").asText())
            + "/endorsements";
    int before = skill.get("endorsement_count").asInt();

    if (skill.get("endorsed_by_me").asBoolean()) {
      api.delete(path, endorser);
      before--;
    }
    JsonNode once = api.post(path, Map.of(), endorser).json();
    JsonNode twice = api.post(path, Map.of(), endorser).json();
    assertEquals(before + 1, once.get("endorsement_count").asInt());
    assertEquals(before + 1, twice.get("endorsement_count").asInt());
    assertTrue(twice.get("endorsed_by_me").asBoolean());

    Api.Reply self = api.post(path, Map.of(), api.token(endorsed));
    assertEquals(403, self.status());

    JsonNode withdrawn = api.delete(path, endorser).json();
    assertEquals(before, withdrawn.get("endorsement_count").asInt());
    assertFalse(withdrawn.get("endorsed_by_me").asBoolean());
    assertEquals(
        404,
        api.post(
                "/api/v1/people/" + endorsed + "/skills/No%20Such%20Skill/endorsements",
                Map.of(),
                endorser)
            .status());
  }

  @Test
  @DisplayName("the taxonomy knows synonyms and counts people")
  void taxonomy() {
    JsonNode k8s = api.get("/api/v1/skills?q=k8s", hr).json();
    JsonNode kubernetes = k8s.get(0);
    assertEquals("Kubernetes", kubernetes.get("name").asText());
    assertTrue(kubernetes.get("synonyms").toString().contains("k8s"));
    assertNotNull(kubernetes.get("category").asText());
    assertTrue(kubernetes.get("people_count").asLong() > 0);
    Api.Reply page = api.get("/api/v1/skills?limit=100", hr);
    assertEquals(100, page.json().size());
    assertNotNull(nextLink(page));
  }

  @Test
  @DisplayName("business units list their head and size")
  void businessUnits() {
    JsonNode units = api.get("/api/v1/business-units", hr).json();
    assertTrue(units.size() >= 10);
    long total = 0;
    for (JsonNode unit : units) {
      assertNotNull(unit.get("head").get("username").asText());
      total += unit.get("people_count").asLong();
    }
    assertTrue(total >= TestServer.PEOPLE);
  }

  @Test
  @DisplayName("guests see neither the directory nor anyone outside their spaces")
  void guests() {
    String partner = api.token("partner");
    assertEquals(403, api.get("/api/v1/people", partner).status());
    assertEquals(403, api.get("/api/v1/business-units", partner).status());
    assertEquals(403, api.get("/api/v1/skills", partner).status());
    assertEquals(404, api.get("/api/v1/people/hr", partner).status());
    assertEquals(404, api.get("/api/v1/people/hr/reports", partner).status());
    assertEquals(200, api.get("/api/v1/people/partner", partner).status());
    assertEquals("guest", api.get("/api/v1/me", partner).json().get("role").asText());
  }

  @Test
  @DisplayName("HR creates a person who signs in; deactivation ends sign-in, tokens and listing")
  void createAndDeactivate() {
    Map<String, Object> person =
        Map.of(
            "username",
            "new.starter",
            "email",
            "new.starter@atrium.example",
            "display_name",
            "New Starter",
            "title",
            "Analyst",
            "business_unit",
            "Finance",
            "location",
            "London",
            "password",
            "correct horse battery");
    Api.Reply created = api.post("/api/v1/admin/people", person, hr);
    assertEquals(201, created.status(), created.body());
    assertTrue(created.header("Location").endsWith("/api/v1/people/new.starter"));
    assertEquals(
        422, api.post("/api/v1/admin/people", person, hr).status(), "username and email are taken");
    assertEquals(403, api.post("/api/v1/admin/people", person, api.token("partner")).status());

    Api.Reply login = api.login("new.starter@atrium.example", "correct horse battery");
    assertEquals(200, login.status());
    String token = login.json().get("access_token").asText();
    assertEquals("new.starter", api.get("/api/v1/me", token).json().get("username").asText());
    assertEquals(
        403, api.post("/api/v1/admin/people/new.starter/deactivate", Map.of(), token).status());

    assertEquals(
        204, api.post("/api/v1/admin/people/new.starter/deactivate", Map.of(), hr).status());
    assertEquals(401, api.get("/api/v1/me", token).status(), "tokens stop at once");
    assertEquals(401, api.login("new.starter", "correct horse battery").status());
    assertEquals(404, api.get("/api/v1/people/new.starter", api.token("partner")).status());
    assertFalse(
        usernames(api.get("/api/v1/people?q=new.starter", admin).json()).contains("new.starter"));
    assertEquals(
        "deactivated", api.get("/api/v1/people/new.starter", hr).json().get("status").asText());
  }

  static List<String> usernames(JsonNode people) {
    List<String> names = new ArrayList<>();
    people.forEach(p -> names.add(p.get("username").asText()));
    return names;
  }

  static String nextLink(Api.Reply reply) {
    String link = reply.header("Link");
    if (link == null) {
      return null;
    }
    Matcher matcher = NEXT.matcher(link);
    return matcher.find() ? matcher.group(1) : null;
  }

  static void assertNoNext(Api.Reply reply) {
    assertNull(nextLink(reply));
  }
}
