package org.atrium.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole harness on the tiny tier, one short run: proves that it builds, loads, imports, starts
 * the servers, drives them and writes a report, for the people directory and for the microblog
 * (timeline, posting, live streams). It checks that figures came out, not what they are.
 */
class BenchSmokeTest {

  private static final Pattern THROUGHPUT_ROW =
      Pattern.compile("\\| GET /api/v1/people/\\{username} \\| [1-9][0-9,]* \\(");

  @TempDir Path dir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aTinyRunWritesEveryFigure() throws Exception {
    Path report = dir.resolve("performance.md");
    String[] args = {
      "--tier",
      "tiny",
      "--runs",
      "1",
      "--clients",
      "4",
      "--warmup",
      "100ms",
      "--duration",
      "300ms",
      "--no-aot",
      "--sse-clients",
      "20",
      "--work",
      dir.resolve("work").toString(),
      "--report",
      report.toString()
    };

    assertEquals(0, BenchMain.commandLine(args).execute(args));

    String text = Files.readString(report);
    assertTrue(text.contains("<!-- bench:tiny:begin -->"), text);
    assertTrue(THROUGHPUT_ROW.matcher(text).find(), text);
    for (String figure :
        new String[] {
          "bare Jetty",
          "raw JDBC",
          "CSV import",
          "start-up to the first 200",
          "heap after a full GC",
          "<!-- bench:tiny-microblog:begin -->",
          "| GET /api/v1/timelines/home |",
          "| raw JDBC, home page fanned out on read |",
          "| raw JDBC, home page from a capped inbox |",
          "| POST /api/v1/statuses |",
          "| raw JDBC, a post's inserts, committed |",
          "| post → live update at connected followers |"
        }) {
      assertTrue(text.contains(figure), figure + " missing from\n" + text);
    }
  }
}
