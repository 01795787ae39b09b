package org.atrium.webapp;

import static org.atrium.webapp.WikiClient.page;
import static org.atrium.webapp.WikiClient.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two editors race on one page through HTTP, each saving 500 times with {@code If-Match}: every
 * accepted save becomes a revision, every loser is told (412) and merges from the 412's current
 * revision, and the history ends up holding every accepted body exactly once.
 */
class WikiConcurrencyTest {

  private static final int ROUNDS = 500;
  private static final String SPACE = "wiki-race";
  private static final String PAGE = "contested";

  /** A save the server accepted: the revision it became and the body it carried. */
  record Accepted(int revision, String body) {}

  /** What one writer saw: its accepted saves, and the current bodies its 412s reported. */
  record Outcome(List<Accepted> accepted, List<String> reportedCurrent) {}

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  @DisplayName("2 writers × 500 rounds: every accepted save is a revision, none is lost")
  void noEditIsLost() throws Exception {
    Api api = TestServer.shared().api();
    WikiClient wiki = new WikiClient(api);
    List<String> people =
        PeopleApiTest.usernames(
            api.get("/api/v1/people?business_unit=SALES&limit=2", api.token("hr")).json());
    String alice = api.token(people.get(0));
    String bob = api.token(people.get(1));
    api.post(
        "/api/v1/spaces", Map.of("slug", SPACE, "name", "Race", "visibility", "public"), alice);
    api.post("/api/v1/spaces/" + SPACE + "/join", Map.of(), bob);
    assertEquals(201, wiki.create(SPACE, PAGE, "Contested", "the start", alice).status());

    long started = System.nanoTime();
    CyclicBarrier start = new CyclicBarrier(2);
    List<Outcome> outcomes = new ArrayList<>();
    try (ExecutorService writers = Executors.newFixedThreadPool(2)) {
      Future<Outcome> a = writers.submit(writer(wiki, "alice", alice, start));
      Future<Outcome> b = writers.submit(writer(wiki, "bob", bob, start));
      outcomes.add(a.get());
      outcomes.add(b.get());
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    Map<Integer, String> accepted = new HashMap<>();
    List<String> reported = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      assertEquals(ROUNDS, outcome.accepted().size());
      for (Accepted save : outcome.accepted()) {
        String earlier = accepted.put(save.revision(), save.body());
        assertEquals(null, earlier, "two accepted saves became revision " + save.revision());
      }
      reported.addAll(outcome.reportedCurrent());
    }
    assertEquals(
        IntStream.rangeClosed(2, 2 * ROUNDS + 1).boxed().toList(),
        accepted.keySet().stream().sorted().toList(),
        "the accepted saves are revisions 2.." + (2 * ROUNDS + 1) + ", with no gap");
    assertTrue(!reported.isEmpty(), "the writers raced: some saves lost and were told so (412)");
    assertTrue(
        accepted.values().containsAll(reported),
        "every 412 reported a current body that some writer saved");

    assertEquals(
        IntStream.iterate(2 * ROUNDS + 1, n -> n >= 1, n -> n - 1).boxed().toList(),
        history(api, alice),
        "the history lists every revision once, newest first");
    long listed = System.nanoTime();
    Map<Integer, String> stored = bodies(api, alice, accepted.keySet());
    System.out.printf(
        "PHASE history %.1f s bodies %.1f s%n",
        (listed - started) / 1e9 - seconds, (System.nanoTime() - listed) / 1e9);
    assertEquals(accepted, stored, "each revision holds the body that was accepted as it");
    assertEquals(
        2 * ROUNDS,
        new HashSet<>(stored.values()).size(),
        "every accepted body is in the history exactly once");
    System.out.printf(
        "%d accepted saves and %d lost races in %.1f s%n",
        accepted.size(), reported.size(), seconds);
  }

  /** Saves {@link #ROUNDS} distinct bodies, retrying each from the 412's current revision. */
  private static Callable<Outcome> writer(
      WikiClient wiki, String name, String token, CyclicBarrier start) {
    return () -> {
      List<Accepted> accepted = new ArrayList<>();
      List<String> reported = new ArrayList<>();
      int base = 1;
      start.await();
      for (int round = 0; round < ROUNDS; round++) {
        String body = name + " wrote round " + round;
        while (true) {
          Api.Reply reply =
              wiki.update(SPACE, PAGE, base, page("Contested", body, null, name), token);
          if (reply.status() == 200) {
            base = reply.json().get("revision").asInt();
            assertEquals("\"" + base + "\"", reply.header("ETag"));
            accepted.add(new Accepted(base, body));
            break;
          }
          if (reply.status() != 412) {
            fail("a racing save is either accepted or told it lost: " + reply.body());
          }
          JsonNode current = reply.json().get("current");
          base = current.get("revision").asInt();
          reported.add(current.get("body").asText());
        }
      }
      return new Outcome(accepted, reported);
    };
  }

  /** Every revision number in the history, following the {@code next} links. */
  private static List<Integer> history(Api api, String token) {
    List<Integer> numbers = new ArrayList<>();
    String next = path(SPACE, PAGE) + "/revisions?limit=100";
    while (next != null) {
      Api.Reply reply = api.get(next, token);
      assertEquals(200, reply.status(), reply.body());
      numbers.addAll(WikiApiTest.numbers(reply.json()));
      String link = reply.header("Link");
      next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
    }
    return numbers;
  }

  /** The stored body of each of {@code revisions}, read four at a time. */
  private static Map<Integer, String> bodies(Api api, String token, Set<Integer> revisions)
      throws Exception {
    Map<Integer, String> bodies = new HashMap<>();
    try (ExecutorService readers = Executors.newFixedThreadPool(4)) {
      List<Callable<Map.Entry<Integer, String>>> reads = new ArrayList<>();
      for (int revision : revisions) {
        reads.add(
            () ->
                Map.entry(
                    revision,
                    api.get(path(SPACE, PAGE) + "/revisions/" + revision, token)
                        .json()
                        .get("body")
                        .asText()));
      }
      for (Future<Map.Entry<Integer, String>> read : readers.invokeAll(reads)) {
        bodies.put(read.get().getKey(), read.get().getValue());
      }
    }
    return bodies;
  }
}
