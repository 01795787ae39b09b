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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An acknowledged write survives {@code kill -9}: the server runs in its own process, takes a
 * write, is killed without warning, and a restarted server still has the write.
 */
class DurabilityTest {

  @Test
  @DisplayName("a write acknowledged before kill -9 is there after a restart")
  void writeSurvivesKill() throws Exception {
    Path data = Files.createTempDirectory("atrium-durability");
    int port = freePort();
    Process first = startServer(data, port);
    String about = "written at " + Instant.now();
    try {
      Api api = new Api(URI.create("http://localhost:" + port + "/"));
      String token = api.login("hr", "demo").json().get("access_token").asText();
      assertEquals(200, api.patch("/api/v1/people/hr", Map.of("about", about), token).status());
    } finally {
      first.destroyForcibly().waitFor();
    }
    Process second = startServer(data, port);
    try {
      Api api = new Api(URI.create("http://localhost:" + port + "/"));
      String token = api.login("hr", "demo").json().get("access_token").asText();
      assertEquals(about, api.get("/api/v1/me", token).json().get("about").asText());
    } finally {
      second.destroyForcibly().waitFor();
    }
  }

  private static Process startServer(Path data, int port) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Datrium.demo.people=" + TestServer.PEOPLE);
    command.add(Main.class.getName());
    command.addAll(
        List.of("serve", "--demo", "--port", Integer.toString(port), "--data", data.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      awaitBanner(process);
      return process;
    } catch (IOException | RuntimeException | Error e) {
      process.destroyForcibly().waitFor();
      throw e;
    }
  }

  /**
   * Waits for the line that says the server is running, reading the rest in the background. The
   * first start loads the demo organisation and builds the search index, which takes a while on a
   * busy two-core machine.
   */
  private static void awaitBanner(Process process) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
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
