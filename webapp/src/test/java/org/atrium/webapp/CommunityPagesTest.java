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

/**
 * The community pages over plain HTTP: home, question list, ask form with its similar-questions
 * endpoint, question page with answer, vote and accept, and the analytics dashboard; outsiders meet
 * the same 403s and 404s as in the API, and what people type is escaped.
 */
class CommunityPagesTest {

  private static Api api;
  private static QaClient qa;
  private static String hr;
  private static WebSession asker;
  private static WebSession answerer;
  private static WebSession outsider;

  @BeforeAll
  static void start() {
    api = TestServer.shared().api();
    qa = new QaClient(api);
    hr = api.token("hr");
    List<String> people =
        PeopleApiTest.usernames(api.get("/api/v1/people?business_unit=CS&limit=8", hr).json())
            .subList(5, 8);
    qa.community("cp-open", "public", hr);
    qa.community("cp-closed", "private", hr);
    for (String slug : List.of("cp-open", "cp-closed")) {
      qa.member(slug, people.get(0), "member", hr);
      qa.member(slug, people.get(1), "member", hr);
    }
    api.put(
        "/api/v1/spaces/cp-open/community",
        Map.of("purpose", "Help customers <b>faster</b>", "rules", "Be kind"),
        hr);
    asker = WebSession.signIn(api, people.get(0), Api.DEMO_PASSWORD);
    answerer = WebSession.signIn(api, people.get(1), Api.DEMO_PASSWORD);
    outsider = WebSession.signIn(api, people.get(2), Api.DEMO_PASSWORD);
  }

  @Test
  @DisplayName("ask, answer, vote and accept through the pages")
  void askAnswerAccept() {
    Api.Reply home = asker.get("/spaces/cp-open/community");
    assertEquals(200, home.status());
    assertTrue(home.body().contains("Help customers &lt;b&gt;faster&lt;/b&gt;"));
    assertTrue(home.body().contains("/spaces/cp-open/questions/ask"));

    Api.Reply asked =
        asker.post(
            "/spaces/cp-open/questions",
            Map.of(
                "title",
                "Refund <script>x</script> rules?",
                "body",
                "**Which** ones?",
                "tags",
                "refunds billing"));
    assertEquals(303, asked.status(), asked.body());
    String location = asked.header("Location");
    assertTrue(location.contains("/questions/") && location.contains("flash=asked"), location);
    String path = location.substring(location.indexOf("/questions/"), location.indexOf('?'));
    String id = path.substring("/questions/".length());

    Api.Reply page = answerer.get(path);
    assertEquals(200, page.status());
    assertFalse(page.body().contains("<script>x"));
    assertTrue(page.body().contains("Refund &lt;script&gt;x&lt;/script&gt; rules?"));
    assertTrue(page.body().contains("<strong>Which</strong>"));

    Api.Reply answered = answerer.post(path + "/answers", Map.of("body", "See the *policy*."));
    assertEquals(303, answered.status(), answered.body());
    String answerId = qa.question(id, hr).get("answers").get(0).get("id").asText();
    assertEquals(
        303, asker.post(path + "/answers/" + answerId + "/vote", Map.of("value", "1")).status());
    assertEquals(1, qa.question(id, hr).get("answers").get(0).get("score").asInt());
    assertEquals(303, asker.post(path + "/accept", Map.of("answer_id", answerId)).status());
    Api.Reply accepted = asker.get(path);
    assertTrue(accepted.body().contains("qa-mark-accepted"));
    assertEquals("accepted", qa.question(id, hr).get("state").asText());

    Api.Reply list = asker.get("/spaces/cp-open/questions?state=accepted&tag=refunds");
    assertEquals(200, list.status());
    assertTrue(list.body().contains(path));
  }

  @Test
  @DisplayName("the ask form answers with its errors, and finds similar questions")
  void askForm() {
    assertEquals(200, asker.get("/spaces/cp-open/questions/ask").status());
    Api.Reply refused =
        asker.post(
            "/spaces/cp-open/questions", Map.of("title", " ", "body", "", "tags", "no/good"));
    assertEquals(422, refused.status());
    assertTrue(refused.body().contains("error-summary"));
    assertTrue(refused.body().contains("aria-invalid=\"true\""));

    qa.asked("cp-open", "Escalation matrix for outages", "", List.of(), api.token("hr"));
    Api.Reply similar =
        asker.get("/spaces/cp-open/questions/similar?title=" + Api.encode("who handles outages"));
    assertEquals(200, similar.status());
    JsonNode found = similar.json();
    assertEquals("Escalation matrix for outages", found.get(0).get("title").asText());
  }

  @Test
  @DisplayName("outsiders meet 403 and 404; the dashboard is for owners and HR")
  void access() {
    String hidden = qa.asked("cp-closed", "Closed question", "", List.of(), api.token("hr"));
    assertEquals(404, outsider.get("/questions/" + hidden).status());
    assertEquals(403, outsider.get("/spaces/cp-closed/questions").status());
    Api.Reply closedHome = outsider.get("/spaces/cp-closed/community");
    assertEquals(200, closedHome.status());
    assertFalse(closedHome.body().contains("Closed question"));
    assertEquals(
        404,
        outsider.post("/spaces/cp-closed/questions", Map.of("title", "Hi", "body", "")).status());
    assertEquals(
        403,
        outsider.post("/spaces/cp-open/questions", Map.of("title", "Hi", "body", "")).status());
    assertEquals(403, asker.get("/spaces/cp-open/analytics").status());
    assertEquals(404, outsider.get("/questions/abc").status());

    WebSession hrSession = WebSession.signIn(api, "hr", Api.DEMO_PASSWORD);
    Api.Reply dashboard = hrSession.get("/spaces/cp-open/analytics");
    assertEquals(200, dashboard.status());
    assertTrue(dashboard.body().contains("<svg"));
    assertTrue(dashboard.body().contains("Fewer than 5 people"));
    Api.Reply csv = hrSession.get("/spaces/cp-open/analytics/export.csv");
    assertEquals(200, csv.status());
    assertTrue(csv.body().startsWith("metric,period,value"));
  }
}
