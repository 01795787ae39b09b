package org.atrium.bench.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.atrium.bench.dataset.Tier;
import org.atrium.bench.load.LoadResult;
import org.atrium.bench.server.JavaProcess;
import org.atrium.bench.suite.MicroblogSuite.Scenario;
import org.atrium.bench.suite.Results.Figure;

/**
 * Writes a tier's microblog figures into {@code docs/performance.md}, between markers of their own
 * ({@code bench:<tier>-microblog}), so that rerunning only the microblog scenarios replaces only
 * this section.
 */
public final class MicroblogReport {

  private final BenchSettings settings;
  private final MicroblogSuite.Outcome outcome;
  private final Machine machine;
  private final ZonedDateTime when;

  public MicroblogReport(BenchSettings settings, MicroblogSuite.Outcome outcome) {
    this.settings = settings;
    this.outcome = outcome;
    this.machine = Machine.current();
    this.when = ZonedDateTime.now(ZoneOffset.UTC);
  }

  /** Replaces this tier's microblog section of {@code file}, creating it if needed. */
  public void writeTo(Path file) throws IOException {
    String marker = settings.tier().label() + "-microblog";
    String begin = "<!-- bench:" + marker + ":begin -->";
    String end = "<!-- bench:" + marker + ":end -->";
    String section = begin + "\n" + section() + end;
    String existing =
        Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Performance\n";
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

  String section() {
    Results r = outcome.results();
    StringBuilder md = new StringBuilder();
    md.append("## `")
        .append(settings.tier().label())
        .append("` tier microblog, measured ")
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
            "- Load: %d clients, each signed in as a different person, closed loop, then the"
                + " timeline paced at half the throughput it reached; %s warm-up, %s measured."
                + " Live: %,d user streams held open by as many clients (the posters' followers"
                + " first, then anyone), while the %d most prolific posters post %s a second in"
                + " all%n",
            settings.load().clients(),
            Report.seconds(settings.load().warmup().toMillis()),
            Report.seconds(settings.load().measure().toMillis()),
            outcome.sseClients(),
            MicroblogSuite.POSTERS,
            Report.number(MicroblogSuite.LIVE_RATE, "")));
    md.append("- Atrium in a JVM of its own, started with `")
        .append(String.join(" ", JavaProcess.SERVER_FLAGS))
        .append("` as `./atrium run` does, over H2 with `WRITE_DELAY=0` (every commit durable)\n");
    md.append("- Every figure is the median of ")
        .append(settings.runs())
        .append(" runs, with the lowest and highest in brackets\n\n");

    md.append("### Goals\n\n");
    if (settings.tier() != Tier.LARGE) {
      md.append(
          "The goals are set for the `large` tier; on this tier they only show the trend.\n\n");
    }
    md.append("| goal | measured | met |\n|---|---|---|\n");
    if (outcome.scenarios().contains(Scenario.TIMELINE)) {
      Report.goal(
          md,
          "home timeline first page p99 ≤ 25 ms (at half load)",
          r.load(MicroblogSuite.HOME + PeopleSuite.HALF_LOAD, LoadResult::p99),
          "ms",
          v -> v <= 25);
      Report.goal(
          md,
          "home timeline ≥ 0.5× its raw query (fan-out on read)",
          r.ratio(MicroblogSuite.HOME, MicroblogSuite.JDBC_FAN_OUT),
          "×",
          v -> v >= 0.5);
    }
    if (outcome.scenarios().contains(Scenario.LIVE)) {
      Report.goal(
          md,
          String.format(
              Locale.ROOT,
              "post → live update p99 ≤ 100 ms, %,d streams open",
              outcome.sseClients()),
          r.load(MicroblogSuite.LIVE, LoadResult::p99),
          "ms",
          v -> v <= 100);
      Report.goal(
          md,
          "live updates lost (expected but never received) = 0",
          r.figure(Figure.LIVE_LOST),
          "",
          v -> v == 0);
    }

    md.append("\n### Workloads and their baselines\n\n")
        .append("| workload | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |")
        .append(" errors | × raw JDBC |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    row(md, r, MicroblogSuite.HOME, MicroblogSuite.JDBC_FAN_OUT);
    row(md, r, MicroblogSuite.HOME + PeopleSuite.HALF_LOAD, null);
    row(md, r, MicroblogSuite.JDBC_FAN_OUT, null);
    row(md, r, MicroblogSuite.JDBC_INBOX, null);
    row(md, r, MicroblogSuite.JDBC_FAN_OUT + MicroblogSuite.ONE_CLIENT, null);
    row(md, r, MicroblogSuite.JDBC_INBOX + MicroblogSuite.ONE_CLIENT, null);
    row(md, r, MicroblogSuite.POST, MicroblogSuite.JDBC_POST);
    row(md, r, MicroblogSuite.JDBC_POST, null);
    row(md, r, MicroblogSuite.LIVE, null);
    md.append(
        "\nThe raw JDBC rows run the SQL behind each workload over plain JDBC on a pool configured"
            + " as Atrium's, in the harness's JVM: the home page fanned out on read is the query"
            + " Atrium runs; the capped inbox is the same page read from a prototype per-person"
            + " inbox table the harness fills with each reader's newest 800 home statuses; a post's"
            + " inserts are the status, its tag and an outbox event, committed. The rows with one client show"
            + " each query's own time, without the queueing of 32 clients on 8 connections. For"
            + " the live row,"
            + " throughput is updates delivered a second, and errors are updates lost.\n");

    md.append("\n### Dataset\n\n| figure | median | min–max |\n|---|---|---|\n");
    for (Figure figure : new Figure[] {Figure.MICROBLOG_GENERATE, Figure.MICROBLOG_LOAD}) {
      Samples samples = r.figure(figure);
      if (!samples.isEmpty()) {
        md.append("| ")
            .append(figure.label())
            .append(" | ")
            .append(Report.format(samples.median(), figure.unit()))
            .append(" | ")
            .append(Report.range(samples, figure.unit()))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  private static void row(StringBuilder md, Results r, String workload, String baseline) {
    if (r.runs(workload).isEmpty()) {
      return;
    }
    md.append("| ")
        .append(workload)
        .append(" | ")
        .append(Report.cell(r.load(workload, LoadResult::throughput), ""))
        .append(" | ")
        .append(Report.cell(r.load(workload, LoadResult::p50), "ms"))
        .append(" | ")
        .append(Report.cell(r.load(workload, LoadResult::p95), "ms"))
        .append(" | ")
        .append(Report.cell(r.load(workload, LoadResult::p99), "ms"))
        .append(" | ")
        .append(Report.cell(r.load(workload, LoadResult::max), "ms"))
        .append(" | ")
        .append(r.runs(workload).stream().mapToLong(LoadResult::errors).sum())
        .append(" | ")
        .append(baseline == null ? "" : Report.cell(r.ratio(workload, baseline), "×"))
        .append(" |\n");
  }
}
