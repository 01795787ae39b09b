package org.atrium.bench.suite;

import java.nio.file.Path;
import java.util.List;
import org.atrium.bench.dataset.Tier;
import org.atrium.bench.load.LoadSettings;

/**
 * One suite run: the tier, how many times each figure is measured, the load per measurement, where
 * to keep the data, where to write the report, the command line to print in it, extra JVM options
 * for Atrium, whether to also time Atrium's start-up with a JDK AOT cache, and whether to reuse a
 * microblog dataset an earlier run loaded.
 */
public record BenchSettings(
    Tier tier,
    int runs,
    LoadSettings load,
    Path workDir,
    Path report,
    String command,
    List<String> serverJvmOptions,
    boolean aot,
    boolean reuseData) {

  public BenchSettings {
    if (runs < 1 || runs > 20) {
      throw new IllegalArgumentException("runs must be between 1 and 20, not " + runs);
    }
    serverJvmOptions = List.copyOf(serverJvmOptions);
  }
}
