package org.atrium.bench.suite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.atrium.bench.load.LoadResult;

/** Everything one suite run measured, figure by figure, run by run. */
public final class Results {

  private final Map<Figure, Samples> figures = new LinkedHashMap<>();
  private final Map<String, List<LoadResult>> loads = new LinkedHashMap<>();

  /** The single-valued figures, in seconds or mebibytes as {@link Figure#unit} says. */
  public enum Figure {
    GENERATE("generate the tier in memory", "s"),
    LOAD("load it through OrgLoader", "s"),
    GENERATE_AND_LOAD("generate + load", "s"),
    CSV_IMPORT("CSV import through PeopleImportService", "s"),
    STARTUP("server start-up to the first 200 (new JVM)", "s"),
    STARTUP_AOT("the same start-up with a JDK AOT cache (not what ./atrium run does yet)", "s"),
    HEAP("heap after a full GC, after the load runs", "MiB"),
    MICROBLOG_GENERATE("generate the microblog in memory", "s"),
    MICROBLOG_LOAD("load it through the spaces' and stream's bulk loaders", "s"),
    LIVE_LOST("live updates expected but never received", "");

    private final String label;
    private final String unit;

    Figure(String label, String unit) {
      this.label = label;
      this.unit = unit;
    }

    public String label() {
      return label;
    }

    public String unit() {
      return unit;
    }
  }

  void add(Figure figure, double value) {
    figures.computeIfAbsent(figure, f -> new Samples()).add(value);
  }

  void add(LoadResult result) {
    loads.computeIfAbsent(result.workload(), w -> new java.util.ArrayList<>()).add(result);
  }

  public Samples figure(Figure figure) {
    return figures.getOrDefault(figure, new Samples());
  }

  /** The workloads measured, in the order they were first run. */
  public List<String> workloads() {
    return List.copyOf(loads.keySet());
  }

  /** The per-run results of {@code workload}. */
  public List<LoadResult> runs(String workload) {
    return loads.getOrDefault(workload, List.of());
  }

  /** One statistic of {@code workload} across its runs. */
  public Samples load(String workload, ToDoubleFunction<LoadResult> statistic) {
    Samples samples = new Samples();
    runs(workload).forEach(r -> samples.add(statistic.applyAsDouble(r)));
    return samples;
  }

  /**
   * The throughput of {@code workload} divided by that of {@code baseline} in the same run, run by
   * run: pairing runs keeps the noise of a shared machine out of the ratio as far as it can.
   */
  public Samples ratio(String workload, String baseline) {
    Samples samples = new Samples();
    List<LoadResult> top = runs(workload);
    List<LoadResult> bottom = runs(baseline);
    for (int i = 0; i < Math.min(top.size(), bottom.size()); i++) {
      samples.add(top.get(i).throughput() / bottom.get(i).throughput());
    }
    return samples;
  }
}
