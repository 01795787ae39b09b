package org.atrium.webapp.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.atrium.search.Search;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Rebuilds the search index from the database with the server stopped, as the administrators'
 * {@code POST /api/v1/admin/reindex} does while it runs.
 */
@Command(
    name = "reindex",
    description = "Rebuild the search index from the database (stop the server first).")
public final class ReindexCommand implements Callable<Integer> {

  @Option(names = "--data", description = "Data directory (default: ATRIUM_DATA_DIR or ./data).")
  Path data;

  @Override
  public Integer call() throws Exception {
    return Offline.run(
        data,
        services -> {
          long started = System.nanoTime();
          long documents;
          try (ProgressBar bar =
              new ProgressBarBuilder()
                  .setTaskName("Reindexing")
                  .setStyle(ProgressBarStyle.ASCII)
                  .setUnit(" docs", 1)
                  .continuousUpdate()
                  .build()) {
            documents = rebuild(services.search(), bar);
          }
          double seconds = (System.nanoTime() - started) / 1e9;
          System.out.printf(
              "Indexed %d documents in %.1f s (%.0f docs/s)%n",
              documents, seconds, documents / Math.max(seconds, 1e-3));
          return 0;
        });
  }

  /** Rebuilds {@code search}'s index, showing its progress on {@code bar}; returns documents. */
  public static long rebuild(Search search, ProgressBar bar) {
    return search.rebuild(
        (done, total) -> {
          bar.maxHint(total);
          bar.stepTo(done);
        });
  }
}
