package org.atrium.bench.suite;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.atrium.bench.baseline.BareJetty;
import org.atrium.bench.baseline.DirectoryQueries;
import org.atrium.bench.dataset.Dataset;
import org.atrium.bench.dataset.HrCsv;
import org.atrium.bench.load.LoadDriver;
import org.atrium.bench.load.LoadResult;
import org.atrium.bench.load.LoadSettings;
import org.atrium.bench.load.Workload;
import org.atrium.bench.server.AtriumProcess;
import org.atrium.bench.server.JavaProcess;
import org.atrium.bench.suite.Results.Figure;
import org.atrium.people.ImportReport;
import org.atrium.people.OrgSeed;
import org.atrium.platform.AtriumConfig;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Role;
import org.atrium.webapp.Atrium;
import org.atrium.webapp.Services;

/**
 * The people directory's figures on one tier: the dataset built and loaded, HR's CSV import, and,
 * run after run, the raw JDBC baseline, the bare Jetty baseline and Atrium itself (its start-up,
 * both directory endpoints and its heap), so that each run's ratios come from neighbouring
 * measurements.
 */
public final class PeopleSuite {

  public static final String PROFILE = "GET /api/v1/people/{username}";
  public static final String BY_SKILL = "GET /api/v1/people?skill=…";

  /** The endpoints again, paced at half the throughput they reached in the same run. */
  public static final String HALF_LOAD = " at half load";

  public static final String BARE_JETTY = "bare Jetty, fixed JSON body";
  public static final String JDBC_PROFILE = "raw JDBC, profile queries";
  public static final String JDBC_BY_SKILL = "raw JDBC, skill page queries";

  /** Atrium's cheapest request: HTTP, Jersey and a pooled connection, no store work. */
  public static final String HEALTH = "Atrium GET /health (no store work)";

  /** Offline imports name this actor in the audit log, as {@code atrium import} does. */
  private static final Caller HR = new Caller(0, "bench", Role.HR, "bench");

  /** The directory's default page size. */
  private static final int PAGE = 20;

  /** Stands in for a bearer token in requests to the bare Jetty, so requests are as long. */
  private static final String FAKE_TOKEN = "x".repeat(300);

  /** Paced runs follow a saturated run of the same endpoint, so the JIT is warm already. */
  private static final Duration MAX_PACED_WARMUP = Duration.ofSeconds(1);

  /** A server writing its AOT cache at exit takes a while to stop. */
  private static final Duration AOT_DUMP_GRACE = Duration.ofMinutes(2);

  private final BenchSettings settings;
  private final PrintStream out;
  private final Results results = new Results();
  private final Path work;

  public PeopleSuite(BenchSettings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
    this.work = settings.workDir().toAbsolutePath().resolve(settings.tier().label());
  }

  /** Runs every measurement {@code settings.runs()} times. */
  public Outcome run() throws Exception {
    String loadBefore = Machine.loadAverage();
    Files.createDirectories(work);
    Path csv = work.resolve("people.csv");
    HrFile hrFile = writeHrFile(csv);
    for (int run = 1; run <= settings.runs(); run++) {
      importCsv(csv, hrFile, run);
    }
    Path data = work.resolve("data");
    Dataset dataset = null;
    for (int run = 1; run <= settings.runs(); run++) {
      dataset = buildDataset(data, run);
    }
    Inputs inputs = Inputs.of(dataset, settings.load().clients());
    DatasetSummary summary = DatasetSummary.of(dataset);
    // From here on the harness's heap holds the clients' inputs, not the whole tier.
    dataset = null;
    Path aotCache = settings.aot() ? trainAotCache(data, inputs) : null;
    for (int run = 1; run <= settings.runs(); run++) {
      out.printf("%nRun %d of %d%n", run, settings.runs());
      measureDatabase(data, inputs);
      measureBareJetty(run);
      measureAtrium(data, inputs, run);
      if (aotCache != null) {
        measureAotStartup(data, aotCache, run);
      }
    }
    return new Outcome(summary, results, loadBefore, Machine.loadAverage());
  }

  /**
   * What a suite run measured, and on what; the machine's load averages before and after show
   * whether something else was running.
   */
  public record Outcome(
      DatasetSummary dataset, Results results, String loadBefore, String loadAfter) {}

  private Dataset buildDataset(Path data, int run) throws IOException {
    recreate(data);
    long started = System.nanoTime();
    Dataset dataset;
    try (ProgressBar bar = bar("Generating " + settings.tier().label(), Dataset.partCount(), "")) {
      dataset =
          Dataset.generate(
              settings.tier(),
              part -> {
                bar.setExtraMessage(part);
                bar.step();
              });
    }
    long generated = System.nanoTime();
    try (OpenDatabase db = OpenDatabase.at(data)) {
      long opened = System.nanoTime();
      try (ProgressBar bar = bar("Loading " + settings.tier().label(), dataset.rows(), " rows")) {
        dataset.load(db.services(), bar::stepBy);
      }
      long loaded = System.nanoTime();
      double generate = seconds(generated - started);
      double load = seconds(loaded - opened);
      results.add(Figure.GENERATE, generate);
      results.add(Figure.LOAD, load);
      results.add(Figure.GENERATE_AND_LOAD, generate + load);
      out.printf(
          Locale.ROOT,
          "Dataset %d of %d: generated in %.1f s, loaded %,d rows in %.1f s%n",
          run,
          settings.runs(),
          generate,
          dataset.rows(),
          load);
    }
    return dataset;
  }

  /** HR's file for the tier, and the directory it is imported into: units, offices, skills. */
  private record HrFile(int people, OrgSeed structure) {}

  /** Writes the tier's people as HR's CSV file; the tier itself is not kept. */
  private HrFile writeHrFile(Path csv) throws IOException {
    OrgSeed org = Dataset.generate(settings.tier(), part -> {}).people().org();
    try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      HrCsv.write(org, writer);
    }
    return new HrFile(org.people().size(), HrCsv.structureOf(org));
  }

  /**
   * Imports the tier's people through {@code PeopleImportService}, as {@code ./atrium import} does,
   * into a directory that holds the tier's units, offices and skills but nobody yet. It runs before
   * the tier is generated for loading, so the harness's heap holds little else.
   */
  private void importCsv(Path csv, HrFile hrFile, int run) throws IOException {
    Path data = work.resolve("import");
    recreate(data);
    try (OpenDatabase db = OpenDatabase.at(data)) {
      db.services().orgLoader().loadIfEmpty(hrFile.structure(), false);
      System.gc();
      long started = System.nanoTime();
      ImportReport report;
      try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
        report = db.services().peopleImport().importCsv(HR, reader, false);
      }
      double seconds = seconds(System.nanoTime() - started);
      if (report.created() != hrFile.people()) {
        throw new IllegalStateException(
            "the import created " + report.created() + " people, not " + hrFile.people());
      }
      results.add(Figure.CSV_IMPORT, seconds);
      out.printf(
          Locale.ROOT,
          "CSV import %d of %d: %,d people in %.1f s%n",
          run,
          settings.runs(),
          report.created(),
          seconds);
    } finally {
      recreate(data);
    }
  }

  private void measureDatabase(Path data, Inputs inputs) throws Exception {
    try (OpenDatabase db = OpenDatabase.at(data)) {
      DataSource pool = db.services().database().dataSource();
      List<Long> viewers = personIds(pool, inputs.clients());
      measure(
          new JdbcCalls(
              JDBC_PROFILE,
              pool,
              inputs.usernames(),
              (connection, username, client) ->
                  DirectoryQueries.profile(
                      connection, username, viewers.get(client % viewers.size()))));
      measure(
          new JdbcCalls(
              JDBC_BY_SKILL,
              pool,
              inputs.skills(),
              (connection, skill, client) -> DirectoryQueries.bySkill(connection, skill, PAGE)));
    }
  }

  private void measureBareJetty(int run) throws Exception {
    int port = JavaProcess.freePort();
    try (JavaProcess jetty =
        JavaProcess.start(
            BareJetty.class.getName(),
            List.of(),
            Map.of(),
            List.of(Integer.toString(port)),
            port,
            work.resolve("bare-jetty-" + run + ".log"))) {
      jetty.awaitFirstOk("/");
      measure(new HttpGets(BARE_JETTY, port, List.of(FAKE_TOKEN), List.of("/api/v1/people/x")));
    }
  }

  private void measureAtrium(Path data, Inputs inputs, int run) throws Exception {
    try (AtriumProcess atrium =
        AtriumProcess.start(
            data, settings.serverJvmOptions(), work.resolve("atrium-" + run + ".log"))) {
      double startup = seconds(atrium.startup().toNanos());
      results.add(Figure.STARTUP, startup);
      out.printf(Locale.ROOT, "  Atrium answered its first 200 after %.2f s%n", startup);
      List<String> tokens = atrium.signIn(inputs.clients());
      for (HttpGets endpoint : endpoints(atrium.port(), tokens, inputs)) {
        LoadResult saturated = measure(endpoint, settings.load());
        if (saturated.requests() == 0) {
          out.println("  no request completed within the measured time: no half-load run");
          continue;
        }
        measure(
            endpoint.named(endpoint.name() + HALF_LOAD),
            settings.load().paced(saturated.throughput() / 2, pacedWarmup()));
      }
      measure(new HttpGets(HEALTH, atrium.port(), tokens, List.of("/health")));
      double heap = atrium.heapAfterFullGc() / (1024.0 * 1024.0);
      results.add(Figure.HEAP, heap);
      out.printf(Locale.ROOT, "  heap after a full GC: %.0f MiB%n", heap);
    }
  }

  private Duration pacedWarmup() {
    Duration warmup = settings.load().warmup();
    return warmup.compareTo(MAX_PACED_WARMUP) < 0 ? warmup : MAX_PACED_WARMUP;
  }

  /** The two directory endpoints, asked for exactly what the raw JDBC baseline asks for. */
  private static List<HttpGets> endpoints(int port, List<String> tokens, Inputs inputs) {
    return List.of(
        new HttpGets(
            PROFILE,
            port,
            tokens,
            inputs.usernames().stream().map(u -> "/api/v1/people/" + u).toList()),
        new HttpGets(
            BY_SKILL,
            port,
            tokens,
            inputs.skills().stream()
                .map(s -> "/api/v1/people?skill=" + URLEncoder.encode(s, StandardCharsets.UTF_8))
                .toList()));
  }

  /**
   * Runs Atrium once with {@code -XX:AOTCacheOutput} and some traffic, so that later starts can
   * load the classes it used, linked, from the cache: JDK 25's answer to slow start-ups.
   */
  private Path trainAotCache(Path data, Inputs inputs) throws Exception {
    Path cache = work.resolve("atrium.aot");
    Files.deleteIfExists(cache);
    out.println("Training a JDK AOT cache (one start with traffic; writing it takes a while)");
    List<String> options = new ArrayList<>(settings.serverJvmOptions());
    options.add("-XX:AOTCacheOutput=" + cache);
    AtriumProcess atrium = AtriumProcess.start(data, options, work.resolve("atrium-aot.log"));
    try {
      List<String> tokens = atrium.signIn(inputs.clients());
      for (HttpGets endpoint : endpoints(atrium.port(), tokens, inputs)) {
        LoadDriver.run(endpoint, settings.load());
      }
    } finally {
      atrium.stop(AOT_DUMP_GRACE);
    }
    if (!Files.exists(cache)) {
      throw new IllegalStateException(
          "the JVM wrote no AOT cache; see " + work.resolve("atrium-aot.log"));
    }
    return cache;
  }

  private void measureAotStartup(Path data, Path cache, int run) throws Exception {
    List<String> options = new ArrayList<>(settings.serverJvmOptions());
    options.add("-XX:AOTCache=" + cache);
    try (AtriumProcess atrium =
        AtriumProcess.start(data, options, work.resolve("atrium-aot-" + run + ".log"))) {
      double startup = seconds(atrium.startup().toNanos());
      results.add(Figure.STARTUP_AOT, startup);
      out.printf(Locale.ROOT, "  with the AOT cache, the first 200 came after %.2f s%n", startup);
    }
  }

  private LoadResult measure(Workload workload) throws Exception {
    return measure(workload, settings.load());
  }

  private LoadResult measure(Workload workload, LoadSettings load) throws Exception {
    // Each measurement starts with the harness's own heap collected, so its pauses stay short.
    System.gc();
    LoadResult result = LoadDriver.run(workload, load);
    results.add(result);
    out.printf(
        Locale.ROOT,
        "  %-44s %,9.0f req/s  p50 %6.2f ms  p99 %6.2f ms%s%n",
        result.workload(),
        result.throughput(),
        result.p50(),
        result.p99(),
        result.errors() == 0
            ? ""
            : "  " + result.errors() + " errors, first: " + result.firstError());
    return result;
  }

  private static List<Long> personIds(DataSource pool, List<String> usernames) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection connection = pool.getConnection();
        PreparedStatement lookup =
            connection.prepareStatement("select id from person where username = ?")) {
      for (String username : usernames) {
        lookup.setString(1, username);
        try (ResultSet row = lookup.executeQuery()) {
          row.next();
          ids.add(row.getLong(1));
        }
      }
      connection.commit();
    }
    return ids;
  }

  private static ProgressBar bar(String task, long max, String unit) {
    ProgressBarBuilder builder =
        new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUpdateIntervalMillis(250);
    if (!unit.isEmpty()) {
      builder.setUnit(unit, 1).showSpeed();
    }
    return builder.build();
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  public static void recreate(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    Files.createDirectories(dir);
  }

  /** Atrium's services over a data directory, in this JVM, closed with their storage. */
  public record OpenDatabase(Services services) implements AutoCloseable {
    public static OpenDatabase at(Path dir) {
      return new OpenDatabase(
          Atrium.assemble(AtriumConfig.from(Map.of("atrium.data.dir", dir.toString()))));
    }

    /**
     * The same with a page cache of 256 MiB instead of H2's 16: loading a million posts inserts all
     * over indexes far bigger than the default cache, which would read most pages back from disk.
     * Only the loading harness uses it; Atrium is measured with its own settings.
     */
    public static OpenDatabase forBulkLoad(Path dir) {
      String url =
          "jdbc:h2:file:"
              + dir.resolve("atrium").toString().replace('\\', '/')
              + ";CACHE_SIZE=262144";
      return new OpenDatabase(
          Atrium.assemble(
              AtriumConfig.from(Map.of("atrium.data.dir", dir.toString(), "atrium.db.url", url))));
    }

    @Override
    public void close() {
      services.closeStorage();
    }
  }
}
