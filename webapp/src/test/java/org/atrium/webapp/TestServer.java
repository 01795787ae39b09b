package org.atrium.webapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.atrium.platform.AtriumConfig;

/**
 * A real Atrium on a random port over a fresh H2 database in a temporary directory, loaded with a
 * small demo organisation. One shared instance serves most test classes (starting one costs
 * seconds); tests that need a pristine server start their own with {@link #fresh}.
 */
public final class TestServer {

  /** People in the test organisation: enough for paging and org charts, quick to load. */
  static final int PEOPLE = 300;

  private static TestServer shared;

  private final AtriumServer server;
  private final Path dataDir;

  private TestServer(AtriumServer server, Path dataDir) {
    this.server = server;
    this.dataDir = dataDir;
  }

  /** The server shared by the test classes of this JVM, started on first use. */
  public static synchronized TestServer shared() {
    if (shared == null) {
      shared = fresh(Map.of());
      Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
    }
    return shared;
  }

  /** A new server of its own; {@code overrides} replace settings such as rate limits. */
  public static TestServer fresh(Map<String, String> overrides) {
    try {
      return at(Files.createTempDirectory("atrium-test"), overrides);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A new server of its own whose question routing reads {@code routingClock}, which a test moves
   * forward to escalate unanswered questions without waiting.
   */
  public static TestServer fresh(Map<String, String> overrides, Clock routingClock) {
    try {
      return at(Files.createTempDirectory("atrium-test"), overrides, routingClock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A server over an existing data directory, as after a restart. */
  public static TestServer at(Path dataDir, Map<String, String> overrides) {
    return at(dataDir, overrides, Clock.systemUTC());
  }

  private static TestServer at(Path dataDir, Map<String, String> overrides, Clock routingClock) {
    try {
      return new TestServer(Atrium.start(config(dataDir, overrides), routingClock), dataDir);
    } catch (Exception e) {
      throw new IllegalStateException("the test server did not start", e);
    }
  }

  /** The settings of a test server over {@code dataDir}. */
  public static AtriumConfig config(Path dataDir, Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>();
    settings.put("atrium.port", "0");
    settings.put("atrium.data.dir", dataDir.toString());
    settings.put("atrium.demo", "true");
    settings.put("atrium.demo.people", Integer.toString(PEOPLE));
    settings.putAll(overrides);
    return AtriumConfig.from(settings);
  }

  public URI uri() {
    return server.uri();
  }

  public Services services() {
    return server.services();
  }

  public Api api() {
    return new Api(uri());
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Stops the server and removes its data. */
  public void stop() {
    close();
    deleteQuietly(dataDir);
  }

  /** Stops the server and keeps its data, for a restart over the same directory. */
  public void close() {
    try {
      server.close();
    } catch (Exception e) {
      throw new IllegalStateException("the test server did not stop", e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
