package org.atrium.bench.qa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.atrium.bench.load.Client;
import org.atrium.bench.load.HttpConnection;
import org.atrium.bench.load.LoadDriver;
import org.atrium.bench.load.LoadResult;
import org.atrium.bench.load.LoadSettings;
import org.atrium.bench.load.Workload;
import org.atrium.platform.AtriumConfig;
import org.atrium.webapp.Atrium;
import org.atrium.webapp.AtriumServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code QaBench}: starts Atrium in this process over a fresh H2 database with the demo
 * organisation, seeds one community with {@code --questions} questions (two answers each for most),
 * then measures {@code GET /api/v1/questions/{id}} at saturation and at half of it, the latency of
 * asking, and how long routing takes per question after commit. Prints a Markdown table.
 */
@Command(
    name = "qa-bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks the question page, asking and routing at scale (in-process).")
public final class QaBench implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Option(names = "--questions", defaultValue = "50000", description = "Questions to seed.")
  int questions;

  @Option(names = "--people", defaultValue = "2000", description = "Demo organisation size.")
  int people;

  @Option(names = "--clients", defaultValue = "8", description = "Concurrent readers.")
  int clients;

  @Option(names = "--seconds", defaultValue = "10", description = "Measured seconds per run.")
  int seconds;

  @Option(names = "--asks", defaultValue = "200", description = "Questions asked over HTTP.")
  int asks;

  public static void main(String[] args) {
    System.exit(new CommandLine(new QaBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path dir = Files.createTempDirectory("atrium-qa-bench");
    Map<String, String> settings = new HashMap<>();
    settings.put("atrium.port", "0");
    settings.put("atrium.data.dir", dir.toString());
    settings.put("atrium.demo", "true");
    settings.put("atrium.demo.people", Integer.toString(people));
    settings.put("atrium.login.attempts.per.minute", "1000");
    try (AtriumServer server = Atrium.start(AtriumConfig.from(settings))) {
      URI base = server.uri();
      String hr = token(base, "hr");
      post(
          base,
          "/api/v1/spaces",
          Map.of("slug", "bench-qa", "name", "Bench", "kind", "community"),
          hr);
      long seedStart = System.nanoTime();
      long[] range = Seed.questions(server.services().tx(), "bench-qa", questions);
      double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
      List<String> readers = Seed.usernames(server.services().tx(), clients);
      List<String> tokens = new ArrayList<>();
      for (String reader : readers) {
        tokens.add(token(base, reader));
      }
      Workload page = questionPage(base, tokens, range);
      LoadResult saturated =
          LoadDriver.run(
              page, new LoadSettings(clients, Duration.ofSeconds(3), Duration.ofSeconds(seconds)));
      LoadResult half =
          LoadDriver.run(
              page,
              new LoadSettings(clients, Duration.ofSeconds(3), Duration.ofSeconds(seconds))
                  .paced(saturated.throughput() / 2, Duration.ofSeconds(1)));
      System.err.println("question page: " + saturated + " / half load: " + half);
      post(base, "/api/v1/spaces/bench-qa/join", Map.of(), tokens.getFirst());
      Asking asking = Asking.measure(server.services(), base, tokens.getFirst(), asks, range);
      System.out.println(report(seedSeconds, saturated, half, asking));
    }
    return 0;
  }

  private String report(double seedSeconds, LoadResult saturated, LoadResult half, Asking asking) {
    return String.join(
        "\n",
        "| figure | value |",
        "|---|---|",
        "| questions seeded (2 answers each for 9 in 10) | "
            + questions
            + " in "
            + fmt(seedSeconds)
            + " s |",
        "| GET /api/v1/questions/{id} at saturation ("
            + clients
            + " clients) | "
            + fmt(saturated.throughput())
            + " req/s, p50 "
            + fmt(saturated.p50())
            + " ms, p99 "
            + fmt(saturated.p99())
            + " ms, "
            + saturated.errors()
            + " errors |",
        "| GET /api/v1/questions/{id} at half load | p50 "
            + fmt(half.p50())
            + " ms, p99 "
            + fmt(half.p99())
            + " ms, "
            + half.errors()
            + " errors |",
        "| POST /api/v1/spaces/{slug}/questions (one client, "
            + asks
            + " asks) | p50 "
            + fmt(asking.askP50())
            + " ms, p99 "
            + fmt(asking.askP99())
            + " ms |",
        "| routing one question after commit ("
            + asks
            + " questions) | p50 "
            + fmt(asking.routeP50())
            + " ms, p99 "
            + fmt(asking.routeP99())
            + " ms |");
  }

  private static Workload questionPage(URI base, List<String> tokens, long[] range) {
    return Workload.of(
        "GET /api/v1/questions/{id}",
        index -> {
          HttpConnection connection = new HttpConnection(base.getHost(), base.getPort());
          String token = tokens.get(index % tokens.size());
          return new Client() {
            @Override
            public void call() throws Exception {
              long id = ThreadLocalRandom.current().nextLong(range[0], range[1] + 1);
              HttpConnection.Response response = connection.get("/api/v1/questions/" + id, token);
              if (response.status() != 200) {
                throw new IllegalStateException("status " + response.status());
              }
            }

            @Override
            public void close() {
              connection.close();
            }
          };
        });
  }

  static String token(URI base, String login) throws Exception {
    return post(base, "/api/v1/auth/login", Map.of("login", login, "password", "demo"), null)
        .get("access_token")
        .asText();
  }

  static JsonNode post(URI base, String path, Object body, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          path + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  static String fmt(double value) {
    return String.format(java.util.Locale.ROOT, "%.1f", value);
  }
}
