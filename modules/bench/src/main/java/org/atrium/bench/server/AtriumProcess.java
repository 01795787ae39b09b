package org.atrium.bench.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.atrium.bench.load.HttpConnection;

/**
 * Atrium as {@code ./atrium run} starts it ({@code Main serve --demo}) over an already loaded data
 * directory, in a JVM of its own. The login rate limit is lifted so that every benchmark client can
 * sign in at once; nothing else differs from a real run.
 */
public final class AtriumProcess implements AutoCloseable {

  /** Every demo person signs in with this password. */
  private static final String DEMO_PASSWORD = "demo";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A cold JVM on a busy machine may take seconds over its first password hashes. */
  private static final int SIGN_IN_TIMEOUT_MILLIS = 60_000;

  private final JavaProcess process;
  private final Duration startup;

  private AtriumProcess(JavaProcess process, Duration startup) {
    this.process = process;
    this.startup = startup;
  }

  /** Starts Atrium over {@code dataDir} and waits for its first 200. */
  public static AtriumProcess start(Path dataDir, List<String> jvmOptions, Path log)
      throws IOException, InterruptedException {
    int port = JavaProcess.freePort();
    JavaProcess process =
        JavaProcess.start(
            "org.atrium.webapp.Main",
            jvmOptions,
            Map.of(
                "atrium.login.attempts.per.minute", "1000000",
                "atrium.jwt.access.seconds", "900"),
            List.of(
                "serve", "--demo", "--port", Integer.toString(port), "--data", dataDir.toString()),
            port,
            log);
    try {
      return new AtriumProcess(process, process.awaitFirstOk("/health"));
    } catch (IOException | InterruptedException | RuntimeException e) {
      process.close();
      throw e;
    }
  }

  /** From starting the JVM to the first 200 answer. */
  public Duration startup() {
    return startup;
  }

  public int port() {
    return process.port();
  }

  /**
   * Signs each of {@code usernames} in, one after the other on one connection; returns their access
   * tokens in order. Each sign-in hashes a password (tens of milliseconds, far more while the JVM
   * is cold), so all at once would only make each of them wait for the others.
   */
  public List<String> signIn(List<String> usernames) throws IOException {
    List<String> tokens = new ArrayList<>(usernames.size());
    try (HttpConnection connection =
        new HttpConnection("127.0.0.1", port(), SIGN_IN_TIMEOUT_MILLIS)) {
      for (String username : usernames) {
        String body = JSON.writeValueAsString(Map.of("login", username, "password", DEMO_PASSWORD));
        HttpConnection.Response response = connection.postJson("/api/v1/auth/login", body);
        if (response.status() != 200) {
          throw new IOException(username + " could not sign in: " + response.text());
        }
        tokens.add(JSON.readTree(response.body()).get("access_token").asText());
      }
    }
    return tokens;
  }

  /** The heap Atrium still uses after a full collection, in bytes. */
  public long heapAfterFullGc() throws Exception {
    return HeapProbe.usedAfterFullGc(process.pid());
  }

  /** Stops Atrium, waiting up to {@code grace} for it to finish (a JVM writing a cache is slow). */
  public void stop(Duration grace) throws InterruptedException {
    process.stop(grace);
  }

  @Override
  public void close() throws InterruptedException {
    process.close();
  }
}
