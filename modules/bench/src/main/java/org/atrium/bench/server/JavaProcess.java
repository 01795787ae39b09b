package org.atrium.bench.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.atrium.bench.load.HttpConnection;

/**
 * A server (or a command-line run) in a JVM of its own, started on this harness's classpath with
 * the flags {@code ./atrium} uses, its output in a log file. A server is stopped when closed,
 * forcibly if it does not stop.
 */
public final class JavaProcess implements AutoCloseable {

  /** The flags {@code ./atrium run} starts Atrium with. */
  public static final List<String> SERVER_FLAGS =
      List.of("-XX:+UseSerialGC", "-Xss512k", "--enable-native-access=ALL-UNNAMED");

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
  private static final long POLL_MILLIS = 10;
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  private final Process process;
  private final long startedNanos;
  private final int port;
  private final Path log;

  private JavaProcess(Process process, long startedNanos, int port, Path log) {
    this.process = process;
    this.startedNanos = startedNanos;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts {@code mainClass} with {@code jvmOptions} after the server flags, {@code properties} as
   * system properties and {@code args}; the server is to listen on {@code port}.
   */
  public static JavaProcess start(
      String mainClass,
      List<String> jvmOptions,
      Map<String, String> properties,
      List<String> args,
      int port,
      Path log)
      throws IOException {
    ProcessBuilder builder = builder(mainClass, jvmOptions, properties, args, log);
    long started = System.nanoTime();
    return new JavaProcess(builder.start(), started, port, log);
  }

  private static ProcessBuilder builder(
      String mainClass,
      List<String> jvmOptions,
      Map<String, String> properties,
      List<String> args,
      Path log) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(SERVER_FLAGS);
    command.addAll(jvmOptions);
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(args);
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
  }

  /** A port nobody listens on right now. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * Waits for the first 200 answer to {@code GET path} and returns how long after the process was
   * started it came.
   */
  public Duration awaitFirstOk(String path) throws IOException, InterruptedException {
    long deadline = startedNanos + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("the server exited with " + process.exitValue() + "; see " + log);
      }
      try (HttpConnection connection = new HttpConnection("127.0.0.1", port)) {
        if (connection.get(path, null).status() == 200) {
          return Duration.ofNanos(System.nanoTime() - startedNanos);
        }
      } catch (IOException notListeningYet) {
        // keep polling until the deadline
      }
      Thread.sleep(POLL_MILLIS);
    }
    throw new IOException("no 200 from " + path + " within " + READY_TIMEOUT + "; see " + log);
  }

  public long pid() {
    return process.pid();
  }

  public int port() {
    return port;
  }

  /** Asks the JVM to stop, then kills it if it has not within {@code grace}. */
  public void stop(Duration grace) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop(STOP_GRACE);
  }
}
