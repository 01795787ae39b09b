package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Atrium in a process of its own, started as an operator starts it, for tests that kill it with
 * {@code kill -9} or run its command line against a stopped server's data.
 */
final class ServerProcess {

  /**
   * The first start loads the demo organisation and builds the search index, which takes a while on
   * a busy two-core machine.
   */
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private ServerProcess() {}

  /** Serves the demo organisation over {@code data} on {@code port}, once it says it is running. */
  static Process serve(Path data, int port) throws IOException, InterruptedException {
    Process process =
        command("serve", "--demo", "--port", Integer.toString(port), "--data", data.toString());
    try {
      awaitBanner(process);
      return process;
    } catch (IOException | RuntimeException | Error e) {
      process.destroyForcibly().waitFor();
      throw e;
    }
  }

  /** Runs an {@code atrium} command, such as {@code reindex --data DIR}, without waiting for it. */
  static Process command(String... arguments) throws IOException {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    line.add("--enable-native-access=ALL-UNNAMED");
    line.add("-cp");
    line.add(System.getProperty("java.class.path"));
    line.add("-Datrium.demo.people=" + TestServer.PEOPLE);
    line.add(Main.class.getName());
    line.addAll(List.of(arguments));
    return new ProcessBuilder(line).redirectErrorStream(true).start();
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Waits for the line that says the server is running, reading the rest in the background. */
  private static void awaitBanner(Process process) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    Instant deadline = Instant.now().plus(START_TIMEOUT);
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
}
