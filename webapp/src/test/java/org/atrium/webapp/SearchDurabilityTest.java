package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The index is a projection that survives anything: after {@code kill -9} every acknowledged post
 * is searchable again, a deleted index directory is rebuilt at start-up, and {@code atrium reindex}
 * rebuilds it offline.
 */
class SearchDurabilityTest {

  @Test
  @DisplayName("after kill -9, a restart catches up and finds every acknowledged post")
  void catchesUpAfterKill() throws Exception {
    Path data = Files.createTempDirectory("atrium-search-kill");
    int port = ServerProcess.freePort();
    Process first = ServerProcess.serve(data, port);
    List<String> words = new ArrayList<>();
    try {
      Api api = api(port);
      String token = api.login("hr", "demo").json().get("access_token").asText();
      for (int i = 0; i < 20; i++) {
        String word = "killword" + i + "x" + Long.toString(System.nanoTime(), 36);
        assertEquals(201, api.post("/api/v1/statuses", Map.of("status", word), token).status());
        words.add(word);
      }
    } finally {
      first.destroyForcibly().waitFor();
    }
    Process second = ServerProcess.serve(data, port);
    try {
      Api api = api(port);
      String token = api.login("hr", "demo").json().get("access_token").asText();
      for (String word : words) {
        assertTrue(eventuallyFound(api, token, word), word + " is searchable after the restart");
      }
    } finally {
      second.destroyForcibly().waitFor();
    }
  }

  @Test
  @DisplayName("a deleted index directory is rebuilt at start-up; atrium reindex rebuilds offline")
  void rebuilds() throws Exception {
    Path data = Files.createTempDirectory("atrium-search-rebuild");
    int port = ServerProcess.freePort();
    Process first = ServerProcess.serve(data, port);
    try {
      Api api = api(port);
      String token = api.login("hr", "demo").json().get("access_token").asText();
      api.post("/api/v1/statuses", Map.of("status", "rebuildprobe stays"), token);
      assertTrue(eventuallyFound(api, token, "rebuildprobe"));
    } finally {
      first.destroy();
      first.waitFor();
    }
    Process cli = ServerProcess.command("reindex", "--data", data.toString());
    String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, cli.waitFor(), output);
    assertTrue(output.contains("Indexed"), output);
    deleteTree(data.resolve("index"));
    Process second = ServerProcess.serve(data, port);
    try {
      Api api = api(port);
      String token = api.login("hr", "demo").json().get("access_token").asText();
      assertTrue(eventuallyFound(api, token, "rebuildprobe"));
      assertEquals("up", api.get("/health", null).json().get("checks").get("index").asText());
    } finally {
      second.destroyForcibly().waitFor();
    }
  }

  private static boolean eventuallyFound(Api api, String token, String word)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(deadline)) {
      Api.Reply reply = api.get("/api/v1/search?q=" + word, token);
      if (reply.status() == 200 && reply.json().get("total").asInt() == 1) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  private static Api api(int port) {
    return new Api(URI.create("http://localhost:" + port + "/"));
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
