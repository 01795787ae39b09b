package org.atrium.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.atrium.bench.dataset.Tier;
import org.atrium.bench.load.LoadSettings;
import org.atrium.bench.search.SearchBench;
import org.atrium.bench.search.SearchScale;
import org.atrium.bench.suite.BenchSettings;
import org.atrium.bench.suite.MicroblogReport;
import org.atrium.bench.suite.MicroblogSuite;
import org.atrium.bench.suite.PeopleSuite;
import org.atrium.bench.suite.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atrium-bench}: runs the benchmark suite on one tier and writes the report. */
@Command(
    name = "atrium-bench",
    mixinStandardHelpOptions = true,
    version = "Atrium benchmarks 0.1",
    description = {
      "Generates and loads a dataset tier, then measures the people directory against its"
          + " baselines (a bare Jetty handler and the raw JDBC queries) in the same run, then the"
          + " microblog (home timeline, posting, live updates) against its raw JDBC queries, and"
          + " writes the figures into the report.",
      "Servers run in JVMs of their own on loopback; a large run takes a few minutes."
    })
public final class BenchMain implements Callable<Integer> {

  /** Set by {@code ./atrium bench} to the command line as typed, for the report. */
  static final String COMMAND_PROPERTY = "atrium.bench.command";

  @Option(
      names = "--tier",
      description =
          "Dataset tier: small (2,000 people, the demo), large (50,000) or tiny (smoke tests);"
              + " default: ${DEFAULT-VALUE}.",
      defaultValue = "small")
  Tier tier;

  @Option(
      names = "--runs",
      description = "Times each figure is measured; the report shows the median (default: 3).",
      defaultValue = "3")
  int runs;

  @Option(
      names = "--clients",
      description = "Concurrent clients, each signed in as a different person (default: 32).",
      defaultValue = "32")
  int clients;

  @Option(
      names = "--warmup",
      description = "Warm-up before each measurement, e.g. 3s or 500ms (default: 3s).",
      defaultValue = "3s",
      converter = DurationConverter.class)
  Duration warmup;

  @Option(
      names = "--duration",
      description = "Measured time per workload and run, e.g. 5s (default: 5s).",
      defaultValue = "5s",
      converter = DurationConverter.class)
  Duration duration;

  @Option(
      names = "--work",
      description = "Where datasets and server logs go (default: ${DEFAULT-VALUE}).",
      defaultValue = "target/bench")
  Path work;

  @Option(
      names = "--report",
      description = "The report to write this tier's section into (default: ${DEFAULT-VALUE}).",
      defaultValue = "docs/performance.md")
  Path report;

  @Option(
      names = "--server-jvm-option",
      description =
          "An extra JVM option for the Atrium server, e.g. -XX:StartFlightRecording=filename=a.jfr"
              + " (repeatable).")
  List<String> serverJvmOptions = new ArrayList<>();

  @Option(
      names = "--aot",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Also time Atrium's start-up with a JDK AOT cache (JDK 25+; trains one first)."
              + " Default: on where the JDK supports it.")
  boolean aot;

  /**
   * What {@code --only} can pick: the people directory, one of the microblog scenarios, or search
   * (reindex docs/s, search, experts and suggest latency and search throughput against raw Lucene
   * over the tier's people, microblog and a wiki; then expertise nDCG@10 on an organisation of at
   * most 2,000 people with hidden expertise; it prints its figures and leaves the report alone).
   */
  enum Part {
    PEOPLE,
    TIMELINE,
    POSTING,
    LIVE,
    SEARCH
  }

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "PART",
      description =
          "Measure only these parts, e.g. --only timeline,live,posting (the microblog alone, with"
              + " the tier's people loaded but not measured). Parts: people, timeline, posting,"
              + " live, search. Default: all.")
  Set<Part> only = EnumSet.allOf(Part.class);

  @Option(
      names = "--reuse-data",
      description =
          "Reuse the microblog and search datasets an earlier run of the tier loaded in the work"
              + " directory (with the posts its posting runs added) instead of loading them"
              + " again; the large ones take a quarter of an hour each to load.")
  boolean reuseData;

  @Option(
      names = "--reuse-index",
      description =
          "With --reuse-data, search the index an earlier search run built instead of rebuilding"
              + " it (no reindex figure); for trying changes to searching quickly.")
  boolean reuseIndex;

  @Option(
      names = "--sse-clients",
      description = "User streams held open during the live measurement (default: 2000).",
      defaultValue = "2000")
  int sseClients;

  private final String[] args;

  BenchMain(String[] args) {
    this.args = args;
  }

  public static void main(String[] args) {
    System.exit(commandLine(args).execute(args));
  }

  static CommandLine commandLine(String[] args) {
    return new CommandLine(new BenchMain(args)).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public Integer call() throws Exception {
    BenchSettings settings =
        new BenchSettings(
            tier,
            runs,
            new LoadSettings(clients, warmup, duration),
            work,
            report,
            System.getProperty(COMMAND_PROPERTY, "atrium-bench " + String.join(" ", args)),
            serverJvmOptions,
            aot && aotSupported(),
            reuseData);
    System.out.printf(
        Locale.ROOT,
        "Benchmarking the %s tier (%,d people): %d runs, %d clients%n",
        tier.label(),
        tier.people(),
        runs,
        clients);
    if (only.contains(Part.PEOPLE)) {
      PeopleSuite.Outcome outcome = new PeopleSuite(settings, System.out).run();
      new Report(settings, outcome).writeTo(report);
      System.out.println();
      System.out.println("Wrote the " + tier.label() + " tier's people figures to " + report);
    }
    Set<MicroblogSuite.Scenario> scenarios = EnumSet.noneOf(MicroblogSuite.Scenario.class);
    for (Part part : only) {
      if (part != Part.PEOPLE && part != Part.SEARCH) {
        scenarios.add(MicroblogSuite.Scenario.valueOf(part.name()));
      }
    }
    if (!scenarios.isEmpty()) {
      MicroblogSuite.Outcome outcome =
          new MicroblogSuite(settings, scenarios, sseClients, System.out).run();
      new MicroblogReport(settings, outcome).writeTo(report);
      System.out.println();
      System.out.println("Wrote the " + tier.label() + " tier's microblog figures to " + report);
    }
    if (only.contains(Part.SEARCH)) {
      new SearchScale(
              tier, work, warmup, duration, System.out, reuseData, reuseData && reuseIndex, runs)
          .run();
      return SearchBench.forPeople(Math.min(tier.people(), Tier.SMALL.people())).call();
    }
    return 0;
  }

  /** JDK 25 made AOT caches a one-step affair ({@code -XX:AOTCacheOutput}). */
  private static boolean aotSupported() {
    return Runtime.version().feature() >= 25;
  }

  /** Reads {@code 10s}, {@code 1.5s}, {@code 500ms} or an ISO-8601 duration. */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      if (v.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
      }
      if (v.endsWith("s")) {
        return Duration.ofMillis(
            Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
      }
      return Duration.parse(value);
    }
  }
}
