package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** HR's CSV import: upsert by username, all or nothing, dry runs that report exactly. */
class PeopleImportTest {

  private static final String HEADER =
      "username,email,display_name,title,business_unit,department,location,manager,skills\n";

  private static Api api;
  private static String hr;

  @BeforeAll
  static void start() {
    api = TestServer.shared().api();
    hr = api.token("hr");
  }

  @Test
  @DisplayName("a dry run reports what would happen and writes nothing; the real run does it")
  void dryRunThenImport() {
    String csv =
        HEADER
            + "imp.lead,imp.lead@atrium.example,Ines Lead,Team Lead,Engineering,Platform,Berlin,hr,\"Kubernetes:4;Go:3\"\n"
            + "imp.dev,imp.dev@atrium.example,Dev Eloper,Engineer,ENG,Platform,Berlin,imp.lead,Quantum Knitting:2\n";
    JsonNode dry = importCsv(csv, true);
    assertEquals(2, dry.get("created").asInt());
    assertTrue(dry.get("dry_run").asBoolean());
    assertEquals(404, api.get("/api/v1/people/imp.lead", hr).status(), "a dry run writes nothing");
    assertEquals(0, api.get("/api/v1/skills?q=quantum%20knitting", hr).json().size());

    JsonNode real = importCsv(csv, false);
    assertEquals(2, real.get("created").asInt());
    JsonNode dev = api.get("/api/v1/people/imp.dev", hr).json();
    assertEquals(
        "imp.lead",
        dev.get("manager").get("username").asText(),
        "manager resolved within the file");
    assertEquals("Engineering", dev.get("business_unit").asText());
    JsonNode knitting = api.get("/api/v1/skills?q=quantum%20knitting", hr).json().get(0);
    assertEquals("Quantum Knitting", knitting.get("name").asText());
    assertTrue(knitting.get("category").isNull(), "unknown skills join the taxonomy uncategorised");

    String again =
        HEADER
            + "imp.lead,imp.lead@atrium.example,Ines Lead,Head of Platform,Engineering,Platform,Berlin,hr,\"Kubernetes:4;Go:3\"\n"
            + "imp.dev,imp.dev@atrium.example,Dev Eloper,Engineer,ENG,Platform,Berlin,imp.lead,Quantum Knitting:2\n";
    JsonNode second = importCsv(again, false);
    assertEquals(0, second.get("created").asInt());
    assertEquals(1, second.get("updated").asInt());
    assertEquals(1, second.get("unchanged").asInt());
    assertEquals(
        "Head of Platform", api.get("/api/v1/people/imp.lead", hr).json().get("title").asText());
  }

  @Test
  @DisplayName("one bad row means nothing is written, and every error names its line and field")
  void allOrNothing() {
    String csv =
        HEADER
            + "aon.good,aon.good@atrium.example,Good Row,Analyst,Finance,,London,,Excel:3\n"
            + "Bad Name!,not-an-email,,Analyst,Nowhere Unit,,Atlantis,ghost.manager,Excel:9\n"
            + "aon.good,aon.other@atrium.example,Duplicate,Analyst,Finance,,London,,\n";
    Api.Reply reply = api.raw("POST", "/api/v1/admin/people/import", "text/csv", csv, hr);
    JsonNode problem = ErrorsTest.assertProblem(reply, 422);
    Set<String> errors = new HashSet<>();
    problem
        .get("errors")
        .forEach(e -> errors.add(e.get("line").asInt() + ":" + e.get("field").asText()));
    for (String expected :
        new String[] {
          "3:username",
          "3:email",
          "3:display_name",
          "3:business_unit",
          "3:location",
          "3:skills",
          "4:username"
        }) {
      assertTrue(errors.contains(expected), "expected " + expected + " in " + errors);
    }
    assertEquals(
        404, api.get("/api/v1/people/aon.good", hr).status(), "the good row was not written");
  }

  @Test
  @DisplayName("managers further down the file are linked; names repeated on many lines resolve")
  void managersBelowAndRepeatedNames() {
    String csv =
        HEADER
            + "rep.first,rep.first@atrium.example,Rita First,Engineer,ENG,Platform,Berlin,rep.boss,\"Go:2;golang:3\"\n"
            + "rep.boss,rep.boss@atrium.example,Bo Boss,Manager,Engineering,Platform,Berlin,hr,Go:4\n"
            + "rep.second,rep.second@atrium.example,Sam Second,Engineer,ENG,Platform,Berlin,rep.boss,Go:1\n";
    assertEquals(3, importCsv(csv, false).get("created").asInt());

    for (String username : List.of("rep.first", "rep.second")) {
      JsonNode person = api.get("/api/v1/people/" + username, hr).json();
      assertEquals("rep.boss", person.get("manager").get("username").asText(), username);
      assertEquals("Engineering", person.get("business_unit").asText(), username);
      assertEquals("Berlin", person.get("location").asText(), username);
    }
    JsonNode first = api.get("/api/v1/people/rep.first", hr).json().get("skills");
    assertEquals(1, first.size(), "a synonym names the same skill: " + first);
    assertEquals(3, first.get(0).get("level").asInt(), "the later level wins");
    assertEquals(
        0, importCsv(csv, false).get("updated").asInt(), "importing again changes nothing");
  }

  @Test
  @DisplayName("reporting loops inside the file are refused")
  void loopsRefused() {
    String csv =
        HEADER
            + "loop.a,loop.a@atrium.example,Loop A,Lead,Finance,,London,loop.b,\n"
            + "loop.b,loop.b@atrium.example,Loop B,Lead,Finance,,London,loop.a,\n";
    JsonNode problem =
        ErrorsTest.assertProblem(
            api.raw("POST", "/api/v1/admin/people/import", "text/csv", csv, hr), 422);
    assertEquals("manager", problem.get("errors").get(0).get("field").asText());
  }

  @Test
  @DisplayName("only HR imports; a file without the columns is a 422 on line 1")
  void rules() {
    String employee =
        api.token(PeopleApiTest.usernames(api.get("/api/v1/people?limit=1", hr).json()).get(0));
    assertEquals(
        403, api.raw("POST", "/api/v1/admin/people/import", "text/csv", HEADER, employee).status());
    JsonNode problem =
        ErrorsTest.assertProblem(
            api.raw("POST", "/api/v1/admin/people/import", "text/csv", "name,mail\nx,y\n", hr),
            422);
    assertEquals(1, problem.get("errors").get(0).get("line").asInt());
  }

  private static JsonNode importCsv(String csv, boolean dryRun) {
    Api.Reply reply =
        api.raw("POST", "/api/v1/admin/people/import?dry_run=" + dryRun, "text/csv", csv, hr);
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }
}
