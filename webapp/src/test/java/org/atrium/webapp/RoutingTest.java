package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Routing a question to experts, as a story on a server of its own whose routing clock the test
 * moves: five people declare a rare skill at levels 5 to 1 (so the expert ranking is known), the
 * asker declares it too and is never asked, caps and declines route on, and an unanswered question
 * escalates to the next people once a day has passed. Someone who declares nothing but answered on
 * the topic in public is routed too; an answer in a private community never counts.
 */
class RoutingTest {

  private static final String SKILL = "Zorblang";

  private static final MovableClock clock = new MovableClock();
  private static TestServer server;
  private static Api api;
  private static QaClient qa;
  private static String asker;
  private static String askerName;
  private static final List<String> experts = new ArrayList<>();

  @BeforeAll
  static void start() {
    server = TestServer.fresh(Map.of(), clock);
    api = server.api();
    qa = new QaClient(api);
    String hr = api.token("hr");
    List<String> people =
        PeopleApiTest.usernames(api.get("/api/v1/people?business_unit=FIN&limit=6", hr).json());
    askerName = people.get(0);
    asker = api.token(askerName);
    declare(askerName, 5);
    for (int i = 1; i <= 5; i++) {
      experts.add(people.get(i));
      declare(people.get(i), 6 - i);
    }
    qa.community("routing", "public", hr);
    qa.member("routing", askerName, "member", hr);
    qa.member("routing", experts.get(4), "member", hr);
    settle();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static void declare(String username, int level) {
    Api.Reply reply =
        api.put(
            "/api/v1/people/" + username + "/skills/" + SKILL,
            Map.of("level", level),
            api.token(username));
    assertTrue(reply.status() == 200 || reply.status() == 201, reply.body());
  }

  @Test
  @DisplayName(
      "routing follows the ranking, skips the asker, respects caps, declines and escalates")
  void story() {
    String first = ask("How do I start with zorblang?");
    assertEquals(List.of(e(0), e(1), e(2)), routed(first, 1), "the top three, asker excluded");
    JsonNode routedTo = qa.question(first, asker).get("suggested_experts").get(0);
    assertTrue(routedTo.get("why").asText().contains(SKILL + " · level 5"), routedTo.toString());
    JsonNode notification = routedNotification(api.token(e(0)), first);
    assertTrue(notification.get("subject").get("note").asText().contains(SKILL));
    assertEquals(askerName, notification.get("account").get("username").asText());

    assertEquals(
        204,
        api.post("/api/v1/questions/" + first + "/decline", Map.of(), api.token(e(1))).status());
    server.services().dispatcher().drain();
    assertEquals(List.of(e(0), e(2), e(3)), routed(first, 1), "a decline routes on");
    ErrorsTest.assertProblem(
        api.post("/api/v1/questions/" + first + "/decline", Map.of(), api.token(e(1))), 404);

    String second = ask("Zorblang in production?");
    String third = ask("Zorblang testing tips?");
    assertEquals(List.of(e(0), e(1), e(2)), routed(second, 1));
    assertEquals(List.of(e(0), e(1), e(2)), routed(third, 1));
    String fourth = ask("Zorblang or not?");
    assertEquals(
        List.of(e(3), e(4)), routed(fourth, 1), "the top three reached their daily cap of three");

    qa.answered(second, "Yes, carefully.", api.token(e(4)));
    clock.advance(Duration.ofHours(23));
    assertEquals(0, server.services().communities().router().escalateDue(), "not due yet");
    clock.advance(Duration.ofHours(2));
    assertEquals(3, server.services().communities().router().escalateDue(), "all but the answered");
    server.services().dispatcher().drain();
    assertEquals(List.of(e(4)), routed(first, 2), "the next one, caps counted per day");
    assertEquals(List.of(), routed(second, 2), "an answered question is not escalated");
    assertEquals(List.of(e(0), e(1), e(2)), routed(fourth, 2));
  }

  @Test
  @DisplayName(
      "routing follows shown expertise: a public accepted answer counts, a private one never")
  void evidence() {
    String hr = api.token("hr");
    List<String> people =
        PeopleApiTest.usernames(api.get("/api/v1/people?business_unit=DATA&limit=3", hr).json());
    String seeker = api.token(people.get(0));
    String shown = people.get(1);
    String hidden = people.get(2);
    qa.community("routing-open", "public", hr);
    qa.member("routing-open", people.get(0), "member", hr);
    qa.member("routing-open", shown, "member", hr);
    qa.community("routing-closed", "private", hr);
    qa.member("routing-closed", people.get(0), "member", hr);
    qa.member("routing-closed", hidden, "member", hr);
    String open =
        qa.asked("routing-open", "Flumrix cache pitfalls?", "What bites?", List.of(), seeker);
    accepted(open, qa.answered(open, "Flumrix caches are per node.", api.token(shown)), seeker);
    String closed =
        qa.asked("routing-closed", "Flumrix in the vault?", "Tell me.", List.of(), seeker);
    accepted(closed, qa.answered(closed, "Flumrix, twice over.", api.token(hidden)), seeker);
    settle();
    assertTrue(
        api.get("/api/v1/experts?q=flumrix", seeker).body().contains(hidden),
        "a member of the private community sees the private evidence");

    String question =
        qa.asked("routing-open", "Scaling it?", "Advice welcome.", List.of("flumrix"), seeker);
    server.services().dispatcher().drain();
    JsonNode suggested = qa.question(question, seeker).get("suggested_experts");
    assertEquals(1, suggested.size(), "nobody declares flumrix: " + suggested);
    assertEquals(shown, suggested.get(0).get("person").get("username").asText());
    assertEquals("You answered “Flumrix cache pitfalls?”.", suggested.get(0).get("why").asText());
    qa.answered(question, "Shard the caches.", api.token(shown));
  }

  private static void accepted(String question, String answer, String token) {
    assertEquals(200, qa.accept(question, answer, token).status());
  }

  private static void settle() {
    server.services().dispatcher().drain();
    server.services().search().refresh();
  }

  private static String e(int rank) {
    return experts.get(rank);
  }

  private static String ask(String title) {
    String id = qa.asked("routing", title, "Anyone?", List.of(SKILL.toLowerCase()), asker);
    server.services().dispatcher().drain();
    return id;
  }

  /** Who the question is routed to in {@code round} and has not declined, best ranked first. */
  private static List<String> routed(String question, int round) {
    List<String> routed = new ArrayList<>();
    for (JsonNode expert : qa.question(question, asker).get("suggested_experts")) {
      if (expert.get("round").asInt() == round && !expert.get("declined").asBoolean()) {
        routed.add(expert.get("person").get("username").asText());
      }
    }
    Set<String> order = Set.copyOf(experts);
    assertTrue(order.containsAll(routed));
    return routed.stream()
        .sorted((a, b) -> experts.indexOf(a) - experts.indexOf(b))
        .collect(Collectors.toList());
  }

  private static JsonNode routedNotification(String token, String question) {
    for (JsonNode n : api.get("/api/v1/notifications?limit=40", token).json()) {
      if (n.get("type").asText().equals("question_routed")
          && n.get("subject").get("url").asText().equals("/questions/" + question)) {
        return n;
      }
    }
    throw new AssertionError("no question_routed notification for question " + question);
  }
}
