package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
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
    int port = freePort();
    Process first = startServer(data, port);
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
    Process second = startServer(data, port);
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
    int port = freePort();
    Process first = startServer(data, port);
    try {
      Api api = api(port);
      String token = api.login("hr", "demo").json().get("access_token").asText();
      api.post("/api/v1/statuses", Map.of("status", "rebuildprobe stays"), token);
      assertTrue(eventuallyFound(api, token, "rebuildprobe"));
    } finally {
      first.destroy();
      first.waitFor();
    }
    Process cli = cli(data, "reindex");
    String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, cli.waitFor(), output);
    assertTrue(output.contains("Indexed"), output);
    deleteTree(data.resolve("index"));
    Process second = startServer(data, port);
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

  private static List<String> java() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Datrium.demo.people=" + TestServer.PEOPLE);
    command.add(Main.class.getName());
    return command;
  }

  private static Process cli(Path data, String command) throws IOException {
    List<String> line = java();
    line.addAll(List.of(command, "--data", data.toString()));
    return new ProcessBuilder(line).redirectErrorStream(true).start();
  }

  private static Process startServer(Path data, int port) throws IOException {
    List<String> command = java();
    command.addAll(
        List.of("serve", "--demo", "--port", Integer.toString(port), "--data", data.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    awaitBanner(process);
    return process;
  }

  private static void awaitBanner(Process process) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    StringBuilder seen = new StringBuilder();
    String line;
    while ((line = out.readLine()) != null) {
      seen.append(line).append('\n');
      if (line.startsWith("Atrium is running at")) {
        Thread.ofVirtual().start(() -> out.lines().forEach(ignored -> {}));
        return;
      }
      assertTrue(Instant.now().isBefore(deadline), "server did not start:\n" + seen);
    }
    throw new AssertionError("server exited before it started:\n" + seen);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
