package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Community analytics against two scripted communities: a small one, where every figure about
 * people stays under the privacy threshold of five, and a larger one where they are shown.
 */
class AnalyticsTest {

  private static Api api;
  private static QaClient qa;
  private static String hr;
  private static List<String> itStaff;
  private static List<String> sales;

  @BeforeAll
  static void start() {
    api = TestServer.shared().api();
    qa = new QaClient(api);
    hr = api.token("hr");
    // IT, which no other test imports people into: a list shifted by new people would name
    // someone without the demo password
    itStaff =
        PeopleApiTest.usernames(api.get("/api/v1/people?business_unit=IT&limit=10", hr).json())
            .stream()
            .filter(u -> !List.of("admin", "hr", "partner").contains(u))
            .limit(4)
            .toList();
    sales =
        PeopleApiTest.usernames(api.get("/api/v1/people?business_unit=SALES&limit=20", hr).json())
            .subList(12, 15);
  }

  @Test
  @DisplayName("a small community's figures are counted, and no group under five is shown")
  void small() {
    qa.community("an-small", "public", hr);
    qa.member("an-small", itStaff.get(0), "member", hr);
    qa.member("an-small", itStaff.get(1), "member", hr);
    String asker = api.token(itStaff.get(0));
    String first = qa.asked("an-small", "First?", "", List.of(), asker);
    qa.asked("an-small", "Second?", "", List.of(), asker);
    qa.answered(first, "Yes.", api.token(itStaff.get(1)));

    JsonNode a = api.get("/api/v1/spaces/an-small/analytics", hr).json();
    assertEquals(3, a.get("members").asInt(), a.toString());
    assertEquals(3, a.get("members_over_time").get(11).get("count").asInt());
    assertEquals(2, a.get("questions").asInt());
    assertEquals(2, a.get("questions_per_week").get(11).get("count").asInt());
    assertEquals(0.5, a.get("answered_share").asDouble());
    assertEquals(1, a.get("answers").asInt());
    assertTrue(a.get("median_hours_to_first_answer").asDouble() >= 0);
    assertEquals(5, a.get("privacy_threshold").asInt());
    assertTrue(a.get("active_members").isNull(), "two active people are not shown");
    assertTrue(a.get("cross_unit_answers").isNull(), "one answerer is not shown");
    assertTrue(a.get("top_contributors").isNull(), "two contributors are not shown");

    Api.Reply csv = api.get("/api/v1/spaces/an-small/analytics/export.csv", hr);
    assertEquals(200, csv.status());
    assertTrue(csv.contentType().startsWith("text/csv"));
    assertTrue(csv.body().startsWith("metric,period,value"));
    assertTrue(csv.body().contains("active_members,30 days,withheld"), csv.body());
    assertTrue(csv.body().contains("answered_share,all,0.5"));

    ErrorsTest.assertProblem(api.get("/api/v1/spaces/an-small/analytics", asker), 403);
    ErrorsTest.assertProblem(
        api.get("/api/v1/spaces/an-small/analytics", api.token(itStaff.get(3))), 403);
    ErrorsTest.assertProblem(
        api.get("/api/v1/spaces/an-small/analytics/export.csv", api.token(itStaff.get(3))), 403);
    ErrorsTest.assertProblem(
        api.get("/api/v1/spaces/an-small/analytics", api.token("partner")), 404);
  }

  @Test
  @DisplayName(
      "a community of six contributors shows active members, cross-unit answers and top contributors")
  void larger() {
    qa.community("an-large", "public", hr);
    String askerName = itStaff.get(2);
    List<String> answerers =
        List.of(itStaff.get(1), itStaff.get(3), sales.get(0), sales.get(1), sales.get(2));
    qa.member("an-large", askerName, "member", hr);
    answerers.forEach(u -> qa.member("an-large", u, "member", hr));
    qa.member("an-large", askerName, "owner", hr);
    String asker = api.token(askerName);
    String question = qa.asked("an-large", "How do we price?", "", List.of(), asker);
    String accepted = null;
    for (String answerer : answerers) {
      String id = qa.answered(question, "My view, " + answerer, api.token(answerer));
      accepted = answerer.equals(sales.get(0)) ? id : accepted;
    }
    qa.accept(question, accepted, asker);

    JsonNode a = api.get("/api/v1/spaces/an-large/analytics", asker).json();
    assertEquals(7, a.get("members").asInt(), a.toString());
    assertEquals(6, a.get("active_members").asInt());
    assertEquals(1.0, a.get("answered_share").asDouble());
    assertEquals(5, a.get("answers").asInt());
    assertEquals(3, a.get("cross_unit_answers").get("count").asInt());
    assertEquals(0.6, a.get("cross_unit_answers").get("share").asDouble());
    JsonNode top = a.get("top_contributors");
    assertEquals(5, top.size());
    int acceptedAnswers = 0;
    for (JsonNode contributor : top) {
      assertEquals(1, contributor.get("answers").asInt());
      acceptedAnswers += contributor.get("accepted").asInt();
      if (contributor.get("accepted").asInt() == 1) {
        assertEquals(sales.get(0), contributor.get("person").get("username").asText());
      }
    }
    assertEquals(1, acceptedAnswers);
  }
}
