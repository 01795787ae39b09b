package org.atrium.bench.search;

import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.atrium.bench.dataset.Dataset;
import org.atrium.bench.dataset.Microblog;
import org.atrium.bench.dataset.Tier;
import org.atrium.bench.load.Client;
import org.atrium.bench.load.LoadDriver;
import org.atrium.bench.load.LoadResult;
import org.atrium.bench.load.LoadSettings;
import org.atrium.bench.load.Workload;
import org.atrium.bench.suite.PeopleSuite;
import org.atrium.bench.suite.PeopleSuite.OpenDatabase;
import org.atrium.bench.wiki.WikiDataset;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Role;
import org.atrium.search.ExpertRequest;
import org.atrium.search.SearchRequest;
import org.atrium.webapp.Services;
import org.atrium.webapp.cli.ReindexCommand;

/**
 * Search at a tier's scale: the tier's people and microblog plus a wiki, indexed by a timed full
 * rebuild; then, once the JIT has settled, search throughput beside its baseline, raw Lucene
 * running the very same queries (the same text query under the same permission filter, built for
 * the same people) on the same index, the two in turns; then search, {@code /experts} and
 * suggestions timed one request at a time.
 *
 * <p>Atrium is measured in process, through the services behind {@code /api/v1/search}, {@code
 * /api/v1/experts} and {@code /api/v1/suggest}: what it adds to Lucene is reading the caller's
 * scope, facet counts over the matches, and highlighted snippets.
 */
public final class SearchScale {

  /** What people type: broad and narrow words of the posts and pages, phrases, prefixes, typos. */
  private static final List<String> TYPED =
      List.of(
          "dashboard",
          "migration plan",
          "onboarding checklist",
          "build pipeline",
          "customer workshop",
          "devops",
          "incident postmortem",
          "privacy",
          "roadmap",
          "latency",
          "security audit",
          "contract",
          "hiring",
          "dashb*",
          "deplo*",
          "pipline",
          "roadmpa",
          "\"data warehouse\"");

  private static final int CALLERS = 32;

  /** Warm-up: at most this many rounds, each workload running for the warm-up time in each. */
  private static final int WARM_UP_ROUNDS = 8;

  /** The JIT has settled once it compiles for less than this share of a round's time. */
  private static final double JIT_SETTLED = 0.05;

  /**
   * Written once the data is loaded: the dataset is the same for a tier every time, so a later run
   * may reuse it (the large one takes a quarter of an hour to load) and only rebuild the index.
   */
  private static final String LOADED = "loaded";

  private final Tier tier;
  private final Path work;
  private final Duration warmup;
  private final Duration duration;
  private final PrintStream out;
  private final boolean reuse;
  private final boolean reuseIndex;
  private final int runs;

  /**
   * {@code reuse}: keep the data an earlier run loaded, if it finished loading; {@code reuseIndex}:
   * keep its index too, if an earlier run finished building it with the current layout; {@code
   * runs}: how often each figure is measured, raw Lucene and search taking turns.
   */
  public SearchScale(
      Tier tier,
      Path work,
      Duration warmup,
      Duration duration,
      PrintStream out,
      boolean reuse,
      boolean reuseIndex,
      int runs) {
    this.tier = tier;
    this.runs = runs;
    this.reuse = reuse;
    this.reuseIndex = reuseIndex;
    this.work = work;
    this.warmup = warmup;
    this.duration = duration;
    this.out = out;
  }

  /** Wiki pages beside the tier's microblog: 100,000 on the large tier, as issue 6 sets it. */
  static int wikiPages(Tier tier) {
    return switch (tier) {
      case TINY -> 200;
      case SMALL -> 5_000;
      case LARGE -> 100_000;
    };
  }

  public void run() throws Exception {
    Path data = work.toAbsolutePath().resolve(tier.label()).resolve("search-data");
    Path loaded = data.resolve(LOADED);
    if (reuse && Files.exists(loaded)) {
      out.println("Reusing the tier's search data loaded before in " + data);
    } else {
      load(data);
      Files.writeString(loaded, tier.label());
    }
    try (OpenDatabase db = OpenDatabase.at(data)) {
      Services services = db.services();
      if (reuseIndex && !services.search().needsRebuild()) {
        out.println("Reusing the index built before; no reindex figure this time");
      } else {
        rebuild(services);
      }
      List<Caller> callers = callers(services);
      List<String> queries = queries(services);
      measureAll(services, data.resolve("index"), callers, queries);
    }
  }

  private void rebuild(Services services) {
    long started = System.nanoTime();
    long documents;
    try (ProgressBar bar = bar("Reindexing", " docs")) {
      documents = ReindexCommand.rebuild(services.search(), bar);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        Locale.ROOT,
        "Reindex: %,d documents in %.1f s = %,.0f docs/s%n",
        documents,
        seconds,
        documents / seconds);
  }

  private void load(Path data) throws Exception {
    PeopleSuite.recreate(data);
    Dataset dataset = Dataset.generate(tier, part -> {});
    try (OpenDatabase db = OpenDatabase.forBulkLoad(data)) {
      long started = System.nanoTime();
      dataset.load(db.services(), rows -> {});
      Microblog microblog = dataset.extend(Microblog.PART, Microblog.class);
      try (ProgressBar bar = bar("Loading microblog", " rows")) {
        bar.maxHint(microblog.rows());
        microblog.load(db.services(), bar::stepBy);
      }
      int pages = wikiPages(tier);
      try (ProgressBar bar = bar("Loading wiki", " rows")) {
        bar.maxHint(pages);
        WikiDataset.load(db.services(), 100, pages, 1, 0, 0, bar::stepBy);
      }
      out.printf(
          Locale.ROOT,
          "Loaded %,d people, %,d microblog rows and %,d wiki pages in %.1f s%n",
          tier.people(),
          microblog.rows(),
          pages,
          (System.nanoTime() - started) / 1e9);
    }
  }

  private static ProgressBar bar(String task, String unit) {
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setUpdateIntervalMillis(250)
        .setUnit(unit, 1)
        .showSpeed()
        .build();
  }

  /** Employees spread over the directory, each searching as themselves. */
  private static List<Caller> callers(Services services) throws SQLException {
    List<Caller> callers = new ArrayList<>();
    select(
        services,
        "select id, username from person where role = 'employee' and status = 'active'"
            + " order by mod(id * 7919, 10007) fetch first "
            + CALLERS
            + " rows only",
        row -> callers.add(new Caller(row.getLong(1), row.getString(2), Role.EMPLOYEE, "bench")));
    return callers;
  }

  /** {@link #TYPED} and a few skills and surnames of the tier. */
  private static List<String> queries(Services services) throws SQLException {
    List<String> queries = new ArrayList<>(TYPED);
    select(
        services,
        "select name from skill order by mod(id * 31, 101) fetch first 6 rows only",
        row -> queries.add(row.getString(1)));
    select(
        services,
        "select distinct display_name from person order by display_name fetch first 4 rows only",
        row -> queries.add(row.getString(1).substring(row.getString(1).lastIndexOf(' ') + 1)));
    return queries;
  }

  @FunctionalInterface
  private interface Row {
    void read(ResultSet row) throws SQLException;
  }

  private static void select(Services services, String sql, Row row) throws SQLException {
    try (Connection connection = services.database().dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        row.read(rows);
      }
    }
  }

  /**
   * Search throughput with as many clients as callers, beside raw Lucene running each caller's
   * query, prebuilt (the same text query under the same scope filter), on a searcher of its own
   * over the same index: top ten by score, an exact total, and the ten documents' stored fields.
   * Then search, experts and suggestions one request at a time. Everything is measured once the JIT
   * has settled ({@link #warmUp}).
   */
  private void measureAll(Services services, Path index, List<Caller> callers, List<String> queries)
      throws Exception {
    Query[][] prebuilt = new Query[callers.size()][queries.size()];
    for (int c = 0; c < callers.size(); c++) {
      for (int q = 0; q < queries.size(); q++) {
        prebuilt[c][q] =
            services.search().search().query(callers.get(c), SearchRequest.of(queries.get(q)));
      }
    }
    try (FSDirectory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Call raw = (caller, q) -> topTen(searcher, prebuilt[caller][queries.indexOf(q)]);
      Call search =
          (caller, q) ->
              services.search().search().search(callers.get(caller), SearchRequest.of(q));
      Call experts =
          (caller, q) ->
              services
                  .search()
                  .experts()
                  .experts(callers.get(caller), new ExpertRequest(q, null, null, 10, null, null));
      Call suggest =
          (caller, q) ->
              services
                  .search()
                  .suggest()
                  .suggest(callers.get(caller), q.substring(0, Math.min(4, q.length())), null, 10);
      warmUp(List.of(raw, search, experts, suggest), queries);
      List<Double> ratios = new ArrayList<>();
      for (int run = 1; run <= runs; run++) {
        LoadResult lucene =
            measure("raw Lucene, same queries and filters", callers.size(), raw, queries);
        LoadResult atrium = measure("search", callers.size(), search, queries);
        print(lucene);
        print(atrium);
        ratios.add(atrium.throughput() / lucene.throughput());
        out.printf(
            Locale.ROOT, "search throughput, run %d: %.2f× raw Lucene%n", run, ratios.getLast());
      }
      out.printf(
          Locale.ROOT,
          "search throughput: %.2f× raw Lucene (median of %d runs)%n",
          ratios.stream().sorted().toList().get(ratios.size() / 2),
          ratios.size());
      for (int run = 1; run <= runs; run++) {
        print(measure("search, one client", 1, search, queries));
        print(measure("experts, one client", 1, experts, queries));
        print(measure("suggest, one client", 1, suggest, queries));
      }
    }
  }

  /**
   * Runs every workload, unmeasured, round after round until the JIT has settled: on two cores its
   * compiler threads otherwise take a third of the machine for the first minute or so, and more
   * from the workload that touches more code (Atrium's, beside raw Lucene's).
   */
  private void warmUp(List<Call> calls, List<String> queries) throws Exception {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
      long compiling = jit.getTotalCompilationTime();
      long started = System.nanoTime();
      for (Call call : calls) {
        LoadDriver.run(
            workload("warm-up", call, queries), new LoadSettings(CALLERS, Duration.ZERO, warmup));
      }
      double share =
          (jit.getTotalCompilationTime() - compiling) / ((System.nanoTime() - started) / 1e6);
      out.printf(
          Locale.ROOT,
          "Warm-up round %d: the JIT compiled %.0f%% of the time%n",
          round,
          100 * share);
      if (share < JIT_SETTLED) {
        return;
      }
    }
  }

  private static void topTen(IndexSearcher searcher, Query query) {
    try {
      TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(10, Integer.MAX_VALUE));
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : top.scoreDocs) {
        stored.document(hit.doc);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** One call of a workload: the caller's index and the query typed. */
  @FunctionalInterface
  private interface Call {
    void run(int caller, String query);
  }

  private LoadResult measure(String name, int clients, Call call, List<String> queries)
      throws Exception {
    return LoadDriver.run(
        workload(name, call, queries), new LoadSettings(clients, warmup, duration));
  }

  private static Workload workload(String name, Call call, List<String> queries) {
    return Workload.of(
        name,
        index ->
            new Client() {
              private int next = index;

              @Override
              public void call() {
                int n = next++;
                call.run(n % CALLERS, queries.get(Math.floorMod(n * 7, queries.size())));
              }
            });
  }

  private void print(LoadResult result) {
    out.printf(
        Locale.ROOT,
        "%-40s %,8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  errors %d%s%n",
        result.workload(),
        result.throughput(),
        result.p50(),
        result.p99(),
        result.max(),
        result.errors(),
        result.firstError() == null ? "" : " (" + result.firstError() + ")");
  }
}
