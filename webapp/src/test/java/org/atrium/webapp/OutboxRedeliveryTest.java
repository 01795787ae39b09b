package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A server that stops between committing a post and delivering its events loses nothing: after a
 * restart the notification is made exactly once and the live event reaches a resuming client
 * exactly once.
 */
class OutboxRedeliveryTest {

  @Test
  @DisplayName("events committed before a stop are delivered once after the restart")
  void deliveredOnceAfterRestart() throws Exception {
    Path data = Files.createTempDirectory("atrium-outbox");
    TestServer first = TestServer.at(data, Map.of());
    Api api = first.api();
    String hr = api.token("hr");
    List<String> people =
        PeopleApiTest.usernames(api.get("/api/v1/people?business_unit=SALES&limit=2", hr).json());
    String author = people.get(0);
    String reader = people.get(1);
    String authorToken = api.login(author, "demo").json().get("access_token").asText();
    api.post(
        "/api/v1/people/" + author + "/follow",
        Map.of(),
        api.login(reader, "demo").json().get("access_token").asText());
    first.services().dispatcher().drain();
    long before = latestEventId(first);

    first.services().dispatcher().close();
    String id =
        api.post(
                "/api/v1/statuses",
                Map.of("status", "Committed, not delivered, @" + reader),
                authorToken)
            .json()
            .get("id")
            .asText();
    first.close();

    TestServer second = TestServer.at(data, Map.of());
    try {
      Api again = second.api();
      String readerToken = again.login(reader, "demo").json().get("access_token").asText();
      try (SseClient stream = SseClient.connect(again, readerToken, Long.toString(before))) {
        second.services().dispatcher().drain();
        assertEquals(1, mentionsOf(again, readerToken, id));
        assertTrue(
            stream.await(
                e -> e.name().equals("update") && e.data().contains("\"id\":\"" + id + "\""),
                Duration.ofSeconds(5)));
        assertTrue(stream.await(e -> e.name().equals("notification"), Duration.ofSeconds(5)));
        second.services().dispatcher().drain();
        assertEquals(
            1,
            stream.events().stream().filter(e -> e.name().equals("update")).count(),
            "the update once");
        assertEquals(
            1,
            stream.events().stream().filter(e -> e.name().equals("notification")).count(),
            "the notification once");
      }
    } finally {
      second.close();
    }

    TestServer third = TestServer.at(data, Map.of());
    try {
      Api api3 = third.api();
      third.services().dispatcher().drain();
      String readerToken = api3.login(reader, "demo").json().get("access_token").asText();
      assertEquals(
          1, mentionsOf(api3, readerToken, id), "no second notification after another restart");
    } finally {
      third.stop();
    }
  }

  private static long mentionsOf(Api api, String token, String statusId) {
    JsonNode list = api.get("/api/v1/notifications?limit=40", token).json();
    long count = 0;
    for (JsonNode n : list) {
      if (n.get("type").asText().equals("mention")
          && n.get("status").get("id").asText().equals(statusId)) {
        count++;
      }
    }
    return count;
  }

  private static long latestEventId(TestServer server) throws Exception {
    try (var c = server.services().database().dataSource().getConnection();
        var s = c.createStatement();
        var r = s.executeQuery("select coalesce(max(id), 0) from outbox_event")) {
      r.next();
      return r.getLong(1);
    }
  }
}
