package org.atrium.bench.wiki;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.atrium.bench.load.LoadDriver;
import org.atrium.bench.load.LoadResult;
import org.atrium.bench.load.LoadSettings;
import org.atrium.bench.load.Workload;
import org.atrium.bench.server.AtriumProcess;
import org.atrium.platform.AtriumConfig;
import org.atrium.webapp.Atrium;
import org.atrium.webapp.Services;
import org.atrium.wiki.WikiDiff;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code WikiBench}: loads a generated wiki, then measures page reads, saves and diffs against
 * Atrium in a JVM of its own, and the diff of two 1,000-line revisions in process. Prints a
 * Markdown table for {@code docs/performance.md}.
 */
@Command(
    name = "wiki-bench",
    mixinStandardHelpOptions = true,
    description = "Measures the wiki: page read, save and diff latencies over a generated wiki.")
public final class WikiBench implements Callable<Integer> {

  @Option(
      names = "--pages",
      description = "Pages (default: ${DEFAULT-VALUE}).",
      defaultValue = "100000")
  int pages;

  @Option(
      names = "--revisions",
      description = "Average revisions per page (default: ${DEFAULT-VALUE}).",
      defaultValue = "20")
  int revisions;

  @Option(
      names = "--files",
      description = "Files in the spaces (default: ${DEFAULT-VALUE}).",
      defaultValue = "20000")
  int files;

  @Option(
      names = "--spaces",
      description = "Spaces (default: ${DEFAULT-VALUE}).",
      defaultValue = "100")
  int spaces;

  @Option(
      names = "--clients",
      description = "Concurrent clients (default: ${DEFAULT-VALUE}).",
      defaultValue = "8")
  int clients;

  @Option(
      names = "--seconds",
      description = "Measured seconds per workload, after as many of warm-up (default: 5).",
      defaultValue = "5")
  int seconds;

  @Option(
      names = "--work",
      description = "Where the data directory and the server log go (default: ${DEFAULT-VALUE}).",
      defaultValue = "target/bench-wiki")
  Path work;

  public static void main(String[] args) {
    System.exit(new CommandLine(new WikiBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path data = work.resolve("data");
    recreate(data);
    long started = System.nanoTime();
    WikiDataset.Loaded loaded;
    Services services =
        Atrium.assemble(
            AtriumConfig.from(Map.of("atrium.data.dir", data.toString(), "atrium.demo", "true")));
    try {
      loaded = WikiDataset.load(services, spaces, pages, revisions, clients, files, rows -> {});
    } finally {
      services.closeStorage();
    }
    double loadSeconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "Loaded %,d pages with %,d revisions and %,d files in %d spaces in %.1f s%n",
        loaded.pages(),
        loaded.revisions(),
        loaded.files(),
        spaces,
        loadSeconds);

    List<String> rows = new ArrayList<>();
    rows.add(diffInProcess());
    try (AtriumProcess atrium = AtriumProcess.start(data, List.of(), work.resolve("atrium.log"))) {
      List<String> readerTokens = atrium.signIn(loaded.readers());
      List<String> ownerTokens = atrium.signIn(Collections.nCopies(clients, loaded.owner()));
      LoadSettings load =
          new LoadSettings(clients, Duration.ofSeconds(seconds), Duration.ofSeconds(seconds));
      rows.add(
          row(
              measure(
                  WikiWorkloads.gets(
                      "GET /api/v1/spaces/{slug}/pages/{page}",
                      atrium.port(),
                      readerTokens,
                      pagePaths(loaded)),
                  load)));
      rows.add(
          row(measure(WikiWorkloads.saves(atrium.port(), ownerTokens, loaded.spaces()), load)));
      rows.add(
          row(
              measure(
                  WikiWorkloads.gets(
                      "GET …/pages/" + WikiDataset.DIFF_PAGE + "/diff?from=1&to=2 (1,000 lines)",
                      atrium.port(),
                      readerTokens,
                      List.of(
                          "/api/v1/spaces/"
                              + loaded.spaces().getFirst()
                              + "/pages/"
                              + WikiDataset.DIFF_PAGE
                              + "/diff?from=1&to=2")),
                  load)));
      if (loaded.files() > 0) {
        rows.add(
            row(
                measure(
                    WikiWorkloads.gets(
                        "GET /api/v1/files/{id}/content",
                        atrium.port(),
                        readerTokens,
                        WikiFiles.contentPaths(loaded.files())),
                    load)));
      }
    }
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "%,d pages, %,d revisions, %,d files, %d spaces, %d clients, %d s warm-up + %d s per"
            + " workload%n%n",
        loaded.pages(),
        loaded.revisions(),
        loaded.files(),
        spaces,
        clients,
        seconds,
        seconds);
    System.out.println("| what | requests/s | p50 ms | p95 ms | p99 ms | max ms | errors |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    rows.forEach(System.out::println);
    return 0;
  }

  /** WikiDiff on two 1,000-line bodies (lines and words, and unified text), as the API does. */
  private static String diffInProcess() {
    List<String> bodies = WikiDataset.diffBodies();
    int warmups = 200;
    int runs = 500;
    long[] micros = new long[runs];
    for (int i = 0; i < warmups + runs; i++) {
      long start = System.nanoTime();
      WikiDiff.table(WikiDiff.rows(bodies.get(0), bodies.get(1)));
      WikiDiff.unified("a", bodies.get(0), "b", bodies.get(1));
      if (i >= warmups) {
        micros[i - warmups] = (System.nanoTime() - start) / 1_000;
      }
    }
    Arrays.sort(micros);
    return String.format(
        Locale.ROOT,
        "| diff of two 1,000-line revisions, in process (%d runs) | – | %.1f | %.1f | %.1f | %.1f | 0 |",
        runs,
        micros[runs / 2] / 1e3,
        micros[runs * 95 / 100] / 1e3,
        micros[runs * 99 / 100] / 1e3,
        micros[runs - 1] / 1e3);
  }

  private static LoadResult measure(Workload workload, LoadSettings load) throws Exception {
    System.out.println("Measuring " + workload.name() + " …");
    LoadResult result = LoadDriver.run(workload, load);
    if (result.firstError() != null) {
      System.out.println("  first error: " + result.firstError());
    }
    return result;
  }

  private static String row(LoadResult r) {
    return String.format(
        Locale.ROOT,
        "| %s | %.0f | %.1f | %.1f | %.1f | %.1f | %d |",
        r.workload(),
        r.throughput(),
        r.p50(),
        r.p95(),
        r.p99(),
        r.max(),
        r.errors());
  }

  /** Random pages of the generated wiki, the same ones every run. */
  private List<String> pagePaths(WikiDataset.Loaded loaded) {
    SplittableRandom random = new SplittableRandom(11);
    List<String> paths = new ArrayList<>();
    for (int n = 0; n < 5_000; n++) {
      int page = random.nextInt(loaded.pages());
      paths.add("/api/v1/spaces/" + loaded.spaces().get(page % spaces) + "/pages/page-" + page);
    }
    return paths;
  }

  private static void recreate(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    Files.createDirectories(dir);
  }
}
