package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The sources of files, questions and answers: what their modules write is found through {@code GET
 * /api/v1/search} by type, leaves the index when deleted, and counts as expertise evidence.
 */
class SearchSourcesTest {

  private static Api api;
  private static FilesClient files;
  private static QaClient qa;
  private static String owner;
  private static String ownerToken;
  private static String answerer;
  private static String answererToken;

  @BeforeAll
  static void setUp() {
    api = TestServer.shared().api();
    files = new FilesClient(api);
    qa = new QaClient(api);
    String hr = api.token("hr");
    List<String> staff =
        PeopleApiTest.usernames(api.get("/api/v1/people?business_unit=MKT&limit=5", hr).json())
            .stream()
            .filter(u -> !List.of("admin", "hr", "partner").contains(u))
            .toList();
    owner = staff.get(0);
    answerer = staff.get(1);
    ownerToken = api.token(owner);
    answererToken = api.token(answerer);
    api.post(
        "/api/v1/spaces",
        Map.of("slug", "ss-files", "name", "Search sources", "visibility", "public"),
        ownerToken);
    qa.community("ss-qa", "public", hr);
    qa.member("ss-qa", owner, "member", hr);
    qa.member("ss-qa", answerer, "member", hr);
  }

  @Test
  @DisplayName("a file is found by name and by its text with type=files, and leaves when deleted")
  void files() {
    Api.Reply uploaded =
        files.upload(
            "ss-files", "Glintvale budget.txt", "Thistlewhorl spending for next year", ownerToken);
    assertEquals(201, uploaded.status(), uploaded.body());
    String id = uploaded.json().get("id").asText();
    settle();
    JsonNode byName = search("type=files&q=glintvale");
    assertEquals(1, byName.get("total").asInt(), byName.toString());
    JsonNode hit = byName.get("results").get(0);
    assertEquals("Glintvale budget.txt", hit.get("title").asText());
    assertEquals("/spaces/ss-files/files/" + id, hit.get("url").asText());
    assertEquals(owner, hit.get("author").asText());
    assertEquals("ss-files", hit.get("space").asText());
    assertEquals(1, search("type=files&q=thistlewhorl").get("total").asInt(), "by its text");
    assertEquals(
        1, search("q=thistlewhorl").get("facets").get("type").path("files").asInt(), "type facet");
    assertEquals(0, search("type=pages&q=thistlewhorl").get("total").asInt());

    assertEquals(204, api.delete("/api/v1/files/" + id, ownerToken).status());
    settle();
    assertEquals(0, search("q=thistlewhorl").get("total").asInt(), "a deleted file leaves");
  }

  @Test
  @DisplayName("questions and answers are found by type; an accepted answer is weightier evidence")
  void questionsAndAnswers() {
    String question =
        qa.asked(
            "ss-qa",
            "How to calibrate a plonkometer?",
            "Ours drifts after a week.",
            List.of("plonkometer"),
            ownerToken);
    String answer = qa.answered(question, "Use the brindlecap method every Monday.", answererToken);
    settle();
    JsonNode questions = search("type=questions&q=plonkometer");
    assertEquals(1, questions.get("total").asInt(), questions.toString());
    assertEquals("/questions/" + question, questions.get("results").get(0).get("url").asText());
    assertEquals(owner, questions.get("results").get(0).get("author").asText());
    JsonNode answers = search("type=answers&q=brindlecap");
    assertEquals(1, answers.get("total").asInt(), answers.toString());
    assertEquals(
        "/questions/" + question + "#answer-" + answer,
        answers.get("results").get(0).get("url").asText());
    assertEquals(0, search("type=questions&q=brindlecap").get("total").asInt());

    double before = answerEvidence();
    assertEquals(200, qa.accept(question, answer, ownerToken).status());
    settle();
    assertTrue(answerEvidence() > before, "accepting weighs the answer up");
  }

  /** The weight of the answerer's answer as evidence of plonkometer expertise. */
  private static double answerEvidence() {
    JsonNode experts = api.get("/api/v1/experts?q=plonkometer", ownerToken).json();
    for (JsonNode expert : experts) {
      if (expert.get("person").get("username").asText().equals(answerer)) {
        for (JsonNode evidence : expert.get("evidence")) {
          if (evidence.get("kind").asText().equals("answer")) {
            return evidence.get("weight").asDouble();
          }
        }
      }
    }
    throw new AssertionError("no answer evidence for " + answerer + " in " + experts);
  }

  private static JsonNode search(String query) {
    Api.Reply reply = api.get("/api/v1/search?" + query, ownerToken);
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  private static void settle() {
    TestServer.shared().services().dispatcher().drain();
    TestServer.shared().services().search().refresh();
  }
}
