package org.atrium.bench.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.DoublePredicate;
import org.atrium.bench.dataset.Tier;
import org.atrium.bench.load.LoadResult;
import org.atrium.bench.server.JavaProcess;
import org.atrium.bench.suite.Results.Figure;

/**
 * Writes a tier's figures into {@code docs/performance.md}, between markers of its own, so that
 * each tier's latest run replaces only its own section and the hand-written analysis around the
 * sections stays.
 */
public final class Report {

  private static final String TITLE =
      """
      # Performance

      Measured by `./atrium bench`; each tier's section below is rewritten by its latest run.
      Everything outside those sections is written by hand.
      """;

  private final BenchSettings settings;
  private final PeopleSuite.Outcome outcome;
  private final Machine machine;
  private final ZonedDateTime when;

  public Report(BenchSettings settings, PeopleSuite.Outcome outcome) {
    this.settings = settings;
    this.outcome = outcome;
    this.machine = Machine.current();
    this.when = ZonedDateTime.now(ZoneOffset.UTC);
  }

  /** Replaces this tier's section of {@code file}, creating the file or section if needed. */
  public void writeTo(Path file) throws IOException {
    String begin = "<!-- bench:" + settings.tier().label() + ":begin -->";
    String end = "<!-- bench:" + settings.tier().label() + ":end -->";
    String section = begin + "\n" + section() + end;
    String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : TITLE;
    int from = existing.indexOf(begin);
    int to = existing.indexOf(end);
    String updated =
        from >= 0 && to > from
            ? existing.substring(0, from) + section + existing.substring(to + end.length())
            : existing.stripTrailing() + "\n\n" + section + "\n";
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, updated, StandardCharsets.UTF_8);
  }

  /** The section's Markdown, without the markers. */
  String section() {
    Results r = outcome.results();
    StringBuilder md = new StringBuilder();
    md.append("## `")
        .append(settings.tier().label())
        .append("` tier, measured ")
        .append(when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
        .append("\n\n");
    md.append("- Command: `").append(settings.command()).append("`\n");
    md.append("- Machine: ").append(machine.describe()).append('\n');
    md.append("- Load average (1 / 5 / 15 min): ")
        .append(outcome.loadBefore())
        .append(" before the run, ")
        .append(outcome.loadAfter())
        .append(" after it; the harness itself keeps up to two cores busy\n");
    md.append("- Dataset: ").append(outcome.dataset().describe()).append('\n');
    md.append(
        String.format(
            Locale.ROOT,
            "- Load: %d clients, each signed in as a different person, on virtual threads in the"
                + " harness's JVM over loopback. Throughput comes from a closed loop (a request as"
                + " soon as the last is answered: saturation); each endpoint then runs again paced"
                + " at half the throughput it reached, latency counted from when each request was"
                + " due. %s warm-up (at most 1 s for paced runs), then %s measured per workload%n",
            settings.load().clients(),
            seconds(settings.load().warmup().toMillis()),
            seconds(settings.load().measure().toMillis())));
    md.append("- Servers: Atrium and the bare Jetty each in a JVM of their own, started with `")
        .append(String.join(" ", JavaProcess.SERVER_FLAGS))
        .append(
            settings.serverJvmOptions().isEmpty()
                ? ""
                : " " + String.join(" ", settings.serverJvmOptions()))
        .append("` as `./atrium run` does\n");
    md.append("- Every figure is the median of ")
        .append(settings.runs())
        .append(" runs, with the lowest and highest in brackets\n\n");

    md.append("### Goals\n\n");
    if (settings.tier() != Tier.LARGE) {
      md.append(
          "The goals are set for the `large` tier; on this tier they only show the trend.\n\n");
    }
    md.append("| goal | measured | met |\n|---|---|---|\n");
    goal(
        md,
        "`large` people tier generated + loaded ≤ 60 s",
        r.figure(Figure.GENERATE_AND_LOAD),
        "s",
        v -> v <= 60);
    goal(
        md,
        "CSV import of the tier's people ≤ 30 s",
        r.figure(Figure.CSV_IMPORT),
        "s",
        v -> v <= 30);
    goal(md, "start-up to the first 200 ≤ 5 s", r.figure(Figure.STARTUP), "s", v -> v <= 5);
    goal(md, "heap after a full GC ≤ 512 MiB", r.figure(Figure.HEAP), "MiB", v -> v <= 512);
    goal(
        md,
        "profile throughput ≥ 0.5× bare Jetty",
        r.ratio(PeopleSuite.PROFILE, PeopleSuite.BARE_JETTY),
        "×",
        v -> v >= 0.5);
    goal(
        md,
        "profile p99 ≤ 20 ms (at half load)",
        r.load(PeopleSuite.PROFILE + PeopleSuite.HALF_LOAD, LoadResult::p99),
        "ms",
        v -> v <= 20);
    goal(
        md,
        "skill filter p99 ≤ 20 ms (at half load)",
        r.load(PeopleSuite.BY_SKILL + PeopleSuite.HALF_LOAD, LoadResult::p99),
        "ms",
        v -> v <= 20);

    md.append("\n### Endpoints and their baselines\n\n")
        .append("| workload | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | errors |")
        .append(" × bare Jetty | × raw JDBC |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    endpoint(md, r, PeopleSuite.PROFILE, true, PeopleSuite.JDBC_PROFILE);
    endpoint(md, r, PeopleSuite.BY_SKILL, true, PeopleSuite.JDBC_BY_SKILL);
    endpoint(md, r, PeopleSuite.HEALTH, true, null);
    endpoint(md, r, PeopleSuite.BARE_JETTY, false, null);
    endpoint(md, r, PeopleSuite.JDBC_PROFILE, false, null);
    endpoint(md, r, PeopleSuite.JDBC_BY_SKILL, false, null);
    md.append(
        "\nLatencies here are at saturation, so they are mostly queueing. Ratios divide an"
            + " endpoint's throughput by its baseline's in the same run, run by run. The raw JDBC"
            + " rows fetch exactly what each response shows, over plain JDBC on the same pool"
            + " settings, with no HTTP in between.\n");

    md.append("\n### Latency at half load\n\n")
        .append(
            "| endpoint | paced at (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | errors |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (String endpoint : new String[] {PeopleSuite.PROFILE, PeopleSuite.BY_SKILL}) {
      String paced = endpoint + PeopleSuite.HALF_LOAD;
      if (!r.runs(paced).isEmpty()) {
        md.append("| ")
            .append(endpoint)
            .append(" | ")
            .append(cell(r.load(paced, LoadResult::throughput), ""))
            .append(" | ")
            .append(cell(r.load(paced, LoadResult::p50), "ms"))
            .append(" | ")
            .append(cell(r.load(paced, LoadResult::p95), "ms"))
            .append(" | ")
            .append(cell(r.load(paced, LoadResult::p99), "ms"))
            .append(" | ")
            .append(cell(r.load(paced, LoadResult::max), "ms"))
            .append(" | ")
            .append(r.runs(paced).stream().mapToLong(LoadResult::errors).sum())
            .append(" |\n");
      }
    }

    md.append("\n### Dataset, import, start-up and memory\n\n| figure | median | min–max |\n")
        .append("|---|---|---|\n");
    for (Figure figure : Figure.values()) {
      Samples samples = r.figure(figure);
      if (!samples.isEmpty()) {
        md.append("| ")
            .append(figure.label())
            .append(" | ")
            .append(format(samples.median(), figure.unit()))
            .append(" | ")
            .append(range(samples, figure.unit()))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  static void goal(
      StringBuilder md, String goal, Samples samples, String unit, DoublePredicate met) {
    if (samples.isEmpty()) {
      return;
    }
    md.append("| ")
        .append(goal)
        .append(" | ")
        .append(format(samples.median(), unit))
        .append(" (")
        .append(range(samples, unit))
        .append(") | ")
        .append(met.test(samples.median()) ? "yes" : "**no**")
        .append(" |\n");
  }

  private static void endpoint(
      StringBuilder md, Results r, String workload, boolean perJetty, String jdbc) {
    if (r.runs(workload).isEmpty()) {
      return;
    }
    Samples throughput = r.load(workload, LoadResult::throughput);
    md.append("| ")
        .append(workload)
        .append(" | ")
        .append(cell(throughput, ""))
        .append(" | ")
        .append(cell(r.load(workload, LoadResult::p50), "ms"))
        .append(" | ")
        .append(cell(r.load(workload, LoadResult::p95), "ms"))
        .append(" | ")
        .append(cell(r.load(workload, LoadResult::p99), "ms"))
        .append(" | ")
        .append(r.runs(workload).stream().mapToLong(LoadResult::errors).sum())
        .append(" | ");
    md.append(perJetty ? cell(r.ratio(workload, PeopleSuite.BARE_JETTY), "×") : "")
        .append(" | ")
        .append(jdbc != null ? cell(r.ratio(workload, jdbc), "×") : "")
        .append(" |\n");
  }

  static String cell(Samples samples, String unit) {
    return samples.isEmpty()
        ? "–"
        : format(samples.median(), unit) + " (" + range(samples, unit) + ")";
  }

  static String range(Samples samples, String unit) {
    return number(samples.min(), unit) + "–" + number(samples.max(), unit);
  }

  static String format(double value, String unit) {
    String number = number(value, unit);
    return switch (unit) {
      case "" -> number;
      case "×" -> number + "×";
      default -> number + " " + unit;
    };
  }

  static String number(double value, String unit) {
    return switch (unit) {
      case "", "MiB" -> String.format(Locale.ROOT, "%,.0f", value);
      case "×" -> String.format(Locale.ROOT, "%.2f", value);
      default -> String.format(Locale.ROOT, value < 10 ? "%.2f" : "%,.1f", value);
    };
  }

  static String seconds(long millis) {
    return millis % 1000 == 0
        ? (millis / 1000) + " s"
        : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
