package org.atrium.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.atrium.bench.dataset.Tier;
import org.atrium.bench.search.SearchScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole harness on the tiny tier, one short run per part: proves that it builds, loads,
 * imports, starts the servers, drives them and writes a report, for the people directory and for
 * the microblog (timeline, posting, live streams). It checks that figures came out, not what they
 * are. The time limits only guard against a hang: on a quiet machine each part takes well under a
 * minute, on a shared one that other builds keep busy several times that.
 */
class BenchSmokeTest {

  private static final Pattern THROUGHPUT_ROW =
      Pattern.compile("\\| GET /api/v1/people/\\{username} \\| [1-9][0-9,]* \\(");

  @TempDir Path dir;

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void aTinyRunWritesEveryPeopleFigure() throws Exception {
    String text = run("people");

    assertTrue(text.contains("<!-- bench:tiny:begin -->"), text);
    assertTrue(THROUGHPUT_ROW.matcher(text).find(), text);
    assertContains(
        text,
        "bare Jetty",
        "raw JDBC",
        "CSV import",
        "start-up to the first 200",
        "heap after a full GC");
  }

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void aTinyRunWritesEveryMicroblogFigure() throws Exception {
    String text = run("timeline,posting,live", "--sse-clients", "20");

    assertTrue(text.contains("<!-- bench:tiny-microblog:begin -->"), text);
    assertContains(
        text,
        "| GET /api/v1/timelines/home |",
        "| raw JDBC, home page fanned out on read |",
        "| raw JDBC, home page from a capped inbox |",
        "| POST /api/v1/statuses |",
        "| raw JDBC, a post's inserts, committed |",
        "| post → live update at connected followers |");
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void aTinySearchRunTimesSearchBesideRawLucene() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    new SearchScale(
            Tier.TINY,
            dir.resolve("work"),
            Duration.ofMillis(500),
            Duration.ofMillis(500),
            new PrintStream(printed, true, StandardCharsets.UTF_8),
            false,
            false,
            1)
        .run();

    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(Pattern.compile("Reindex: [1-9][0-9,]* documents").matcher(text).find(), text);
    assertContains(
        text,
        "search, one client",
        "experts, one client",
        "suggest, one client",
        "raw Lucene, same queries and filters",
        "search throughput: ");
    assertFalse(Pattern.compile("errors [1-9]").matcher(text).find(), text);
  }

  private String run(String only, String... more) throws Exception {
    Path report = dir.resolve("performance.md");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--tier",
                "tiny",
                "--only",
                only,
                "--runs",
                "1",
                "--clients",
                "4",
                "--warmup",
                "2s",
                "--duration",
                "500ms",
                "--no-aot",
                "--work",
                dir.resolve("work").toString(),
                "--report",
                report.toString()));
    args.addAll(List.of(more));
    String[] argv = args.toArray(String[]::new);
    assertEquals(0, BenchMain.commandLine(argv).execute(argv));
    return Files.readString(report);
  }

  private static void assertContains(String text, String... figures) {
    for (String figure : figures) {
      assertTrue(text.contains(figure), figure + " missing from\n" + text);
    }
  }
}
