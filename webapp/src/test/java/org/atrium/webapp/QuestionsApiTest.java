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

/** Every row of the "Communities & Q&A" table of api.md but analytics, and the rules behind it. */
class QuestionsApiTest {

  private static Api api;
  private static QaClient qa;
  private static String hr;
  private static String asker;
  private static String answerer;
  private static String voter;
  private static String expert;
  private static String expertName;
  private static String outsider;
  private static String stranger;

  @BeforeAll
  static void start() {
    api = TestServer.shared().api();
    qa = new QaClient(api);
    hr = api.token("hr");
    List<String> people =
        PeopleApiTest.usernames(api.get("/api/v1/people?business_unit=MKT&limit=6", hr).json());
    asker = api.token(people.get(0));
    answerer = api.token(people.get(1));
    voter = api.token(people.get(2));
    expertName = people.get(3);
    expert = api.token(expertName);
    outsider = api.token(people.get(4));
    stranger = api.token(people.get(5));
    for (String slug : List.of("qa-open", "qa-closed")) {
      qa.community(slug, slug.equals("qa-open") ? "public" : "private", hr);
      for (int i = 0; i < 3; i++) {
        qa.member(slug, people.get(i), "member", hr);
      }
      qa.member(slug, expertName, "expert", hr);
    }
  }

  @Test
  @DisplayName("a question goes from unanswered to answered to accepted")
  void lifecycle() {
    String id =
        qa.asked(
            "qa-open", "How do we run a retro?", "Any *format* tips?", List.of("Agile"), asker);
    JsonNode question = qa.question(id, answerer);
    assertEquals("unanswered", question.get("state").asText());
    assertEquals("agile", question.get("tags").get(0).asText());
    assertTrue(question.get("html").asText().contains("<em>format</em>"));
    assertTrue(question.get("can").get("answer").asBoolean());
    assertFalse(question.get("can").get("accept").asBoolean());

    String first = qa.answered(id, "Start with a timeline.", answerer);
    String second = qa.answered(id, "Try **start, stop, continue**.", voter);
    assertEquals("answered", qa.question(id, asker).get("state").asText());
    assertTrue(
        ids(api.get("/api/v1/spaces/qa-open/questions?state=answered", asker).json()).contains(id));
    assertFalse(
        ids(api.get("/api/v1/spaces/qa-open/questions?state=unanswered", asker).json())
            .contains(id));

    JsonNode accepted = qa.accept(id, second, asker).json();
    assertEquals("accepted", accepted.get("state").asText());
    assertEquals(second, accepted.get("accepted_answer_id").asText());
    assertEquals(second, accepted.get("answers").get(0).get("id").asText(), "accepted first");
    assertTrue(accepted.get("answers").get(0).get("accepted").asBoolean());
    assertEquals(200, qa.accept(id, first, asker).status(), "the asker may change their mind");
    assertEquals(first, qa.question(id, asker).get("accepted_answer_id").asText());
    assertTrue(
        ids(api.get("/api/v1/spaces/qa-open/questions?state=accepted", asker).json()).contains(id));
  }

  @Test
  @DisplayName("a vote counts once per person, can change and be withdrawn; not on your own")
  void votes() {
    String id = qa.asked("qa-open", "Which linter?", "For Java.", List.of(), asker);
    String answer = qa.answered(id, "Checkstyle.", answerer);
    assertEquals(1, qa.vote(answer, 1, voter).json().get("score").asInt());
    assertEquals(1, qa.vote(answer, 1, voter).json().get("score").asInt(), "twice counts once");
    assertEquals(2, qa.vote(answer, 1, asker).json().get("score").asInt());
    JsonNode changed = qa.vote(answer, -1, voter).json();
    assertEquals(0, changed.get("score").asInt());
    assertEquals(-1, changed.get("my_vote").asInt());
    assertEquals(1, qa.vote(answer, 0, voter).json().get("score").asInt());
    ErrorsTest.assertProblem(qa.vote(answer, 2, voter), 422);
    ErrorsTest.assertProblem(qa.vote(answer, 1, answerer), 403);
    ErrorsTest.assertProblem(qa.vote(answer, 1, stranger), 403);
    ErrorsTest.assertProblem(
        api.raw("POST", "/api/v1/answers/" + answer + "/vote", "application/json", "{", voter),
        400);
  }

  @Test
  @DisplayName("only the asker accepts, and only an answer of their own question (else 422)")
  void acceptRules() {
    String mine = qa.asked("qa-open", "Where are the slides?", "", List.of(), asker);
    String other = qa.asked("qa-open", "Who books rooms?", "", List.of(), voter);
    String answerToMine = qa.answered(mine, "On the wiki.", answerer);
    String answerToOther = qa.answered(other, "Reception.", answerer);
    ErrorsTest.assertProblem(qa.accept(mine, answerToOther, asker), 422);
    ErrorsTest.assertProblem(qa.accept(mine, answerToMine, voter), 403);
    ErrorsTest.assertProblem(qa.accept(mine, "999999999", asker), 422);
    ErrorsTest.assertProblem(qa.accept(mine, "not-an-id", asker), 422);
    assertEquals("answered", qa.question(mine, asker).get("state").asText());
  }

  @Test
  @DisplayName("community experts verify answers; anyone else gets 403")
  void verify() {
    String id = qa.asked("qa-open", "Is pairing worth it?", "", List.of(), asker);
    String answer = qa.answered(id, "Yes, for hard problems.", answerer);
    ErrorsTest.assertProblem(
        api.post("/api/v1/answers/" + answer + "/verify", Map.of(), voter), 403);
    ErrorsTest.assertProblem(api.post("/api/v1/answers/" + answer + "/verify", Map.of(), hr), 403);
    assertTrue(qa.question(id, expert).get("can").get("verify").asBoolean());
    JsonNode verified = api.post("/api/v1/answers/" + answer + "/verify", Map.of(), expert).json();
    assertTrue(verified.get("verified").asBoolean());
    assertEquals(expertName, verified.get("verified_by").get("username").asText());
  }

  @Test
  @DisplayName("authors edit their questions and answers, and the earlier versions are kept")
  void edits() {
    String id = qa.asked("qa-open", "Old title", "Old body", List.of("one"), asker);
    Api.Reply edited =
        api.put(
            "/api/v1/questions/" + id,
            Map.of("title", "New title", "body", "New body", "tags", List.of("two")),
            asker);
    assertEquals(200, edited.status(), edited.body());
    assertEquals("New title", edited.json().get("title").asText());
    assertTrue(edited.json().hasNonNull("edited_at"));
    JsonNode history = api.get("/api/v1/questions/" + id + "/history", voter).json();
    assertEquals(1, history.size());
    assertEquals("Old title", history.get(0).get("title").asText());
    assertEquals("one", history.get(0).get("tags").get(0).asText());
    ErrorsTest.assertProblem(
        api.put("/api/v1/questions/" + id, Map.of("title", "Mine now", "body", ""), voter), 403);

    String answer = qa.answered(id, "First draft", answerer);
    assertEquals(
        "Second draft",
        api.put("/api/v1/answers/" + answer, Map.of("body", "Second draft"), answerer)
            .json()
            .get("body")
            .asText());
    JsonNode answerHistory = api.get("/api/v1/answers/" + answer + "/history", asker).json();
    assertEquals("First draft", answerHistory.get(0).get("body").asText());
    ErrorsTest.assertProblem(
        api.put("/api/v1/answers/" + answer, Map.of("body", "Hijack"), voter), 403);
  }

  @Test
  @DisplayName("comments reply to a question or to an answer")
  void comments() {
    String id = qa.asked("qa-open", "Comment here?", "", List.of(), asker);
    String answer = qa.answered(id, "Sure.", answerer);
    assertEquals(
        201,
        api.post("/api/v1/questions/" + id + "/comments", Map.of("body", "Which team?"), voter)
            .status());
    assertEquals(
        201,
        api.post("/api/v1/answers/" + answer + "/comments", Map.of("body", "Thanks!"), asker)
            .status());
    JsonNode question = qa.question(id, asker);
    assertEquals("Which team?", question.get("comments").get(0).get("body").asText());
    assertEquals(
        "Thanks!", question.get("answers").get(0).get("comments").get(0).get("body").asText());
    ErrorsTest.assertProblem(
        api.post("/api/v1/questions/" + id + "/comments", Map.of("body", " "), voter), 422);
  }

  @Test
  @DisplayName("private communities hide their questions; public ones ask you to join first")
  void access() {
    String hidden = qa.asked("qa-closed", "Budget question", "", List.of(), asker);
    ErrorsTest.assertProblem(qa.ask("qa-closed", "Me too?", "", List.of(), outsider), 404);
    ErrorsTest.assertProblem(api.get("/api/v1/questions/" + hidden, outsider), 404);
    ErrorsTest.assertProblem(qa.answer(hidden, "Let me in", outsider), 404);
    ErrorsTest.assertProblem(api.get("/api/v1/spaces/qa-closed/questions", outsider), 403);
    ErrorsTest.assertProblem(qa.ask("qa-open", "Can I ask?", "", List.of(), outsider), 403);
    assertEquals(200, api.post("/api/v1/spaces/qa-open/join", Map.of(), outsider).status());
    assertEquals(201, qa.ask("qa-open", "Can I ask now?", "", List.of(), outsider).status());
    ErrorsTest.assertProblem(
        api.get("/api/v1/spaces/qa-open/questions", api.token("partner")), 404);
  }

  @Test
  @DisplayName("bad input is 422 with every field named, never a 500")
  void badInput() {
    JsonNode problem =
        ErrorsTest.assertProblem(
            api.post(
                "/api/v1/spaces/qa-open/questions",
                Map.of("title", "", "tags", List.of("a", "b", "c", "d", "e", "f")),
                asker),
            422);
    assertEquals(3, problem.get("errors").size(), problem.toString());
    ErrorsTest.assertProblem(qa.ask("qa-open", "x".repeat(201), "", List.of(), asker), 422);
    ErrorsTest.assertProblem(qa.ask("qa-open", "Bad tag", "", List.of("no spaces"), asker), 422);
    ErrorsTest.assertProblem(
        api.raw("POST", "/api/v1/spaces/qa-open/questions", "application/json", "[1]", asker), 400);
    ErrorsTest.assertProblem(api.get("/api/v1/questions/abc", asker), 404);
    ErrorsTest.assertProblem(api.get("/api/v1/questions/99999999", asker), 404);
    ErrorsTest.assertProblem(api.get("/api/v1/spaces/qa-open/questions?state=done", asker), 422);
    ErrorsTest.assertProblem(api.get("/api/v1/spaces/qa-open/questions?cursor=zz", asker), 400);
    ErrorsTest.assertProblem(qa.answer("abc", "x", asker), 404);
  }

  @Test
  @DisplayName(
      "HR starts communities; owners set purpose, rules and pins; experts exist only there")
  void communities() {
    ErrorsTest.assertProblem(
        api.post(
            "/api/v1/spaces",
            Map.of("slug", "qa-rogue", "name", "Rogue", "kind", "community"),
            asker),
        403);
    Api.Reply updated =
        api.put(
            "/api/v1/spaces/qa-open/community",
            Map.of(
                "purpose",
                "Learn agile together",
                "rules",
                "Be kind",
                "pins",
                List.of(
                    Map.of("kind", "page", "ref", "handbook", "title", "Handbook"),
                    Map.of("kind", "file", "ref", "42", "title", "Slides"))),
            hr);
    assertEquals(200, updated.status(), updated.body());
    JsonNode community = api.get("/api/v1/spaces/qa-open/community", voter).json();
    assertEquals("Learn agile together", community.get("purpose").asText());
    assertEquals(
        "/spaces/qa-open/pages/handbook", community.get("pins").get(0).get("url").asText());
    assertEquals(expertName, community.get("experts").get(0).get("username").asText());
    ErrorsTest.assertProblem(
        api.put("/api/v1/spaces/qa-open/community", Map.of("purpose", "Mine"), voter), 403);
    ErrorsTest.assertProblem(
        api.put(
            "/api/v1/spaces/qa-open/community",
            Map.of("pins", List.of(Map.of("kind", "video", "ref", "x", "title", "X"))),
            hr),
        422);
    api.post("/api/v1/spaces", Map.of("slug", "qa-project", "name", "Project"), asker);
    ErrorsTest.assertProblem(
        api.put("/api/v1/spaces/qa-project/members/" + expertName, Map.of("role", "expert"), asker),
        422);
    ErrorsTest.assertProblem(qa.ask("qa-project", "Here?", "", List.of(), asker), 404);
    ErrorsTest.assertProblem(api.get("/api/v1/spaces/qa-project/community", asker), 404);
  }

  @Test
  @DisplayName("similar questions are found by the words of a title")
  void similar() {
    String id = qa.asked("qa-open", "Kanban board limits", "", List.of(), asker);
    JsonNode similar =
        api.get(
                "/api/v1/spaces/qa-open/questions/similar?title="
                    + Api.encode("What WIP limits for our kanban?"),
                voter)
            .json();
    assertEquals(id, similar.get(0).get("id").asText());
    assertEquals(
        0, api.get("/api/v1/spaces/qa-open/questions/similar?title=", voter).json().size());
  }

  static List<String> ids(JsonNode list) {
    return java.util.stream.StreamSupport.stream(list.spliterator(), false)
        .map(q -> q.get("id").asText())
        .toList();
  }
}
