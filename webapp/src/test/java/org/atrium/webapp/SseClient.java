package org.atrium.webapp;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Listens to the user stream like a browser's EventSource would, collecting events. */
final class SseClient implements AutoCloseable {

  /** One received event. */
  record Event(String id, String name, String data) {}

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final CompletableFuture<HttpResponse<Stream<String>>> response;
  private volatile boolean open;

  private SseClient(Api api, String token, String lastEventId) {
    var request =
        api.request("/api/v1/streaming/user", token).header("Accept", "text/event-stream").GET();
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    response = CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
    response.thenAccept(r -> read(r.body()));
  }

  static SseClient connect(Api api, String token) {
    return connect(api, token, null);
  }

  /** Connects and waits until the server has accepted the stream. */
  static SseClient connect(Api api, String token, String lastEventId) {
    SseClient client = new SseClient(api, token, lastEventId);
    Instant deadline = Instant.now().plusSeconds(10);
    while (!client.open && Instant.now().isBefore(deadline)) {
      sleep(20);
    }
    if (!client.open) {
      throw new AssertionError("the stream did not open");
    }
    return client;
  }

  /** Waits up to {@code timeout} for an event matching {@code match}. */
  boolean await(Predicate<Event> match, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (events.stream().anyMatch(match)) {
        return true;
      }
      sleep(25);
    }
    return false;
  }

  List<Event> events() {
    return List.copyOf(events);
  }

  @Override
  public void close() {
    response.cancel(true);
    response.thenAccept(r -> r.body().close());
  }

  private void read(Stream<String> lines) {
    String[] current = new String[3];
    try (lines) {
      lines.forEach(
          line -> {
            open = true;
            if (line.isEmpty()) {
              if (current[1] != null) {
                events.add(new Event(current[0], current[1], current[2]));
              }
              current[0] = current[1] = current[2] = null;
            } else if (line.startsWith("id:")) {
              current[0] = line.substring(3).trim();
            } else if (line.startsWith("event:")) {
              current[1] = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
              current[2] = line.substring(5).trim();
            }
          });
    } catch (RuntimeException e) {
      // the test closed the stream
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
