package org.atrium.bench.suite;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.atrium.bench.baseline.TimelineQueries;
import org.atrium.bench.dataset.Dataset;
import org.atrium.bench.dataset.Microblog;
import org.atrium.bench.dataset.Tier;
import org.atrium.bench.load.Client;
import org.atrium.bench.load.HttpConnection;
import org.atrium.bench.load.LoadDriver;
import org.atrium.bench.load.LoadResult;
import org.atrium.bench.load.LoadSettings;
import org.atrium.bench.load.Workload;
import org.atrium.bench.server.AtriumProcess;
import org.atrium.bench.server.TokenMint;
import org.atrium.bench.suite.Results.Figure;

/**
 * The microblog's figures on one tier: the tier's people and microblog loaded into a data directory
 * of their own, then, run after run, the raw JDBC ceilings (the home timeline fanned out on read as
 * Atrium does it, the same page from a capped per-person inbox, and a post's inserts), then Atrium
 * itself: its home timeline, posting, and how long a post takes to reach followers connected to the
 * live stream while many others are connected too.
 */
public final class MicroblogSuite {

  public static final String HOME = "GET /api/v1/timelines/home";
  public static final String POST = "POST /api/v1/statuses";
  public static final String JDBC_FAN_OUT = "raw JDBC, home page fanned out on read";
  public static final String JDBC_INBOX = "raw JDBC, home page from a capped inbox";
  public static final String JDBC_POST = "raw JDBC, a post's inserts, committed";

  /** The raw timeline queries again with one client: their service time, without queueing. */
  public static final String ONE_CLIENT = ", one client";

  /** Latency from a post's 201 to its {@code update} event at each connected recipient. */
  public static final String LIVE = "post → live update at connected followers";

  /** Which measurements a run makes; {@code --only} picks some. */
  public enum Scenario {
    TIMELINE,
    POSTING,
    LIVE
  }

  private static final int PAGE = 20;

  /** Written in the data directory once it is loaded, for {@code --reuse-data}. */
  private static final String LOADED = "loaded";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The live run's posters: this many of the most prolific (and so most followed) people. */
  static final int POSTERS = 8;

  /** Posts a second during the live run, spread over the posters. */
  static final double LIVE_RATE = 4;

  /** How long the last events of a live run get to arrive before they count as lost. */
  private static final Duration LIVE_SETTLE = Duration.ofSeconds(3);

  /** The same for the short runs of smoke tests. */
  private static final Duration SHORT_LIVE_SETTLE = Duration.ofSeconds(1);

  private final BenchSettings settings;
  private final Set<Scenario> scenarios;
  private final int sseClients;
  private final PrintStream out;
  private final Results results = new Results();
  private final Path work;

  public MicroblogSuite(
      BenchSettings settings, Set<Scenario> scenarios, int sseClients, PrintStream out) {
    this.settings = settings;
    this.scenarios = scenarios;
    this.sseClients = sseClients;
    this.out = out;
    this.work = settings.workDir().toAbsolutePath().resolve(settings.tier().label());
  }

  /** What the suite measured, on what, and the machine's load around it. */
  public record Outcome(
      MicroblogSummary dataset,
      Results results,
      Set<Scenario> scenarios,
      int sseClients,
      String loadBefore,
      String loadAfter) {}

  /** Everyone the run signs in or looks at, drawn from the tier and the loaded database. */
  private record Cast(
      List<String> readers,
      List<Long> readerIds,
      List<String> posters,
      List<Long> posterIds,
      List<String> listeners,
      List<Long> listenerIds,
      Map<Long, Set<Integer>> audienceOfPoster,
      List<String> tags) {}

  public Outcome run() throws Exception {
    String loadBefore = Machine.loadAverage();
    Path data = work.resolve("microblog-data");
    Path loadedMarker = data.resolve(LOADED);
    boolean reuse = settings.reuseData() && Files.exists(loadedMarker);
    if (!reuse) {
      PeopleSuite.recreate(data);
    }
    Dataset dataset = Dataset.generate(settings.tier(), part -> {});
    Inputs inputs = Inputs.of(dataset, settings.load().clients());
    Loaded loaded;
    try (PeopleSuite.OpenDatabase db = PeopleSuite.OpenDatabase.forBulkLoad(data)) {
      if (reuse) {
        out.println("Reusing the tier's people and microblog loaded before in " + data);
        Microblog microblog = dataset.extend(Microblog.PART, Microblog.class);
        loaded =
            new Loaded(
                MicroblogSummary.of(settings.tier(), microblog, Double.NaN),
                cast(db.services().database().dataSource(), inputs, microblog));
      } else {
        loaded = load(db, dataset, inputs);
      }
    }
    if (!reuse) {
      compact(data);
      Files.writeString(loadedMarker, settings.tier().label());
    }
    dataset = null;
    for (int run = 1; run <= settings.runs(); run++) {
      out.printf("%nMicroblog run %d of %d%n", run, settings.runs());
      List<String> tokens = measureDatabase(data, loaded.cast());
      measureAtrium(data, loaded.cast(), run, tokens);
    }
    return new Outcome(
        loaded.summary(), results, scenarios, sseClients, loadBefore, Machine.loadAverage());
  }

  /** What loading left: the dataset's summary and the run's cast. */
  private record Loaded(MicroblogSummary summary, Cast cast) {}

  private Loaded load(PeopleSuite.OpenDatabase db, Dataset dataset, Inputs inputs)
      throws Exception {
    out.println("Loading the tier's people, then generating and loading its microblog");
    dataset.load(db.services(), rows -> {});
    long started = System.nanoTime();
    Microblog microblog = dataset.extend(Microblog.PART, Microblog.class);
    long generated = System.nanoTime();
    try (ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("Loading microblog")
            .setInitialMax(microblog.rows())
            .setUpdateIntervalMillis(250)
            .setUnit(" rows", 1)
            .showSpeed()
            .build()) {
      microblog.load(db.services(), bar::stepBy);
    }
    long loaded = System.nanoTime();
    results.add(Figure.MICROBLOG_GENERATE, (generated - started) / 1e9);
    results.add(Figure.MICROBLOG_LOAD, (loaded - generated) / 1e9);
    MicroblogSummary summary =
        MicroblogSummary.of(settings.tier(), microblog, (loaded - started) / 1e9);
    out.printf(
        Locale.ROOT, "Microblog: %,d rows in %.1f s%n", microblog.rows(), (loaded - started) / 1e9);
    Cast cast = cast(db.services().database().dataSource(), inputs, microblog);
    fillInboxes(db.services().database().dataSource(), cast.readerIds());
    return new Loaded(summary, cast);
  }

  /**
   * Rewrites the database file compactly, as H2 would over time on its own: right after millions of
   * bulk inserts, H2 otherwise spends the next minutes rewriting sparse chunks in the background,
   * and every measurement meanwhile measures that instead.
   */
  private void compact(Path data) throws SQLException {
    long started = System.nanoTime();
    String url = "jdbc:h2:file:" + data.resolve("atrium").toString().replace('\\', '/');
    try (Connection connection = DriverManager.getConnection(url, "atrium", "");
        Statement shutdown = connection.createStatement()) {
      shutdown.execute("shutdown compact");
    }
    out.printf(
        Locale.ROOT, "Compacted the database in %.1f s%n", (System.nanoTime() - started) / 1e9);
  }

  private void fillInboxes(DataSource pool, List<Long> readers) throws SQLException {
    long started = System.nanoTime();
    try (Connection connection = pool.getConnection()) {
      for (long reader : new LinkedHashSet<>(readers)) {
        TimelineQueries.fillInbox(connection, reader);
      }
      connection.commit();
    }
    out.printf(
        Locale.ROOT,
        "Filled the prototype inboxes of %d readers in %.1f s%n",
        new HashSet<>(readers).size(),
        (System.nanoTime() - started) / 1e9);
  }

  /**
   * Measures the raw JDBC baselines; returns access tokens for the run's clients, in cast order.
   */
  private List<String> measureDatabase(Path data, Cast cast) throws Exception {
    try (PeopleSuite.OpenDatabase db = PeopleSuite.OpenDatabase.at(data)) {
      DataSource pool = db.services().database().dataSource();
      List<String> readers = cast.readerIds().stream().map(String::valueOf).toList();
      if (scenarios.contains(Scenario.TIMELINE)) {
        measure(
            new JdbcCalls(
                JDBC_FAN_OUT,
                pool,
                readers,
                (connection, viewer, client) ->
                    TimelineQueries.fanOutOnRead(connection, Long.parseLong(viewer), PAGE)));
        measure(
            new JdbcCalls(
                JDBC_INBOX,
                pool,
                readers,
                (connection, viewer, client) ->
                    TimelineQueries.inbox(connection, Long.parseLong(viewer), PAGE)));
        LoadSettings alone = new LoadSettings(1, pacedWarmup(), settings.load().measure());
        measure(
            new JdbcCalls(
                JDBC_FAN_OUT + ONE_CLIENT,
                pool,
                readers,
                (connection, viewer, client) ->
                    TimelineQueries.fanOutOnRead(connection, Long.parseLong(viewer), PAGE)),
            alone);
        measure(
            new JdbcCalls(
                JDBC_INBOX + ONE_CLIENT,
                pool,
                readers,
                (connection, viewer, client) ->
                    TimelineQueries.inbox(connection, Long.parseLong(viewer), PAGE)),
            alone);
      }
      if (scenarios.contains(Scenario.POSTING)) {
        List<String> authors = cast.readerIds().stream().map(String::valueOf).toList();
        measure(
            new JdbcCalls(
                JDBC_POST,
                pool,
                authors,
                (connection, author, client) -> {
                  String text = postText(client, cast.tags());
                  TimelineQueries.insertPost(
                      connection,
                      Long.parseLong(author),
                      text,
                      "<p>" + text + "</p>",
                      List.of(tagOf(text)));
                }));
      }
      List<Long> ids = new ArrayList<>(cast.readerIds());
      ids.addAll(cast.posterIds());
      ids.addAll(cast.listenerIds());
      List<String> names = new ArrayList<>(cast.readers());
      names.addAll(cast.posters());
      names.addAll(cast.listeners());
      return TokenMint.mint(db.services(), ids, names);
    }
  }

  private void measureAtrium(Path data, Cast cast, int run, List<String> tokens) throws Exception {
    try (AtriumProcess atrium =
        AtriumProcess.start(
            data, settings.serverJvmOptions(), work.resolve("atrium-microblog-" + run + ".log"))) {
      int readers = cast.readers().size();
      int posters = cast.posters().size();
      List<String> readerTokens = tokens.subList(0, readers);
      List<String> posterTokens = tokens.subList(readers, readers + posters);
      List<String> listenerTokens = tokens.subList(readers + posters, tokens.size());
      if (scenarios.contains(Scenario.TIMELINE)) {
        HttpGets home =
            new HttpGets(HOME, atrium.port(), readerTokens, List.of("/api/v1/timelines/home"));
        LoadResult saturated = measure(home, settings.load());
        if (saturated.requests() > 0) {
          measure(
              home.named(HOME + PeopleSuite.HALF_LOAD),
              settings.load().paced(saturated.throughput() / 2, pacedWarmup()));
        }
      }
      if (scenarios.contains(Scenario.POSTING)) {
        measure(new Posts(POST, atrium.port(), readerTokens, cast.tags()), settings.load());
      }
      if (scenarios.contains(Scenario.LIVE)) {
        LiveRun.Result live =
            new LiveRun(
                    atrium.port(),
                    posterTokens,
                    cast.posterIds(),
                    listenerTokens,
                    cast.audienceOfPoster(),
                    LIVE_RATE,
                    settings.load().warmup(),
                    settings.load().measure(),
                    settings.load().measure().compareTo(LIVE_SETTLE) < 0
                        ? SHORT_LIVE_SETTLE
                        : LIVE_SETTLE)
                .run();
        results.add(live.asLoad(LIVE, settings.load().measure()));
        results.add(Figure.LIVE_LOST, live.lost());
        out.printf(
            Locale.ROOT,
            "  %-44s %,d deliveries of %,d posts to %,d clients: p50 %6.2f ms  p99 %6.2f ms,"
                + " %d lost%n",
            LIVE,
            live.delivered(),
            live.posts(),
            listenerTokens.size(),
            live.p50(),
            live.p99(),
            live.lost());
      }
    }
  }

  /**
   * Readers are the suite's clients; posters the most prolific people; listeners their audience.
   */
  private Cast cast(DataSource pool, Inputs inputs, Microblog microblog) throws SQLException {
    try (Connection connection = pool.getConnection()) {
      List<String> readers = inputs.clients();
      List<Long> readerIds = ids(connection, readers);
      List<String> posters = microblog.mostProlific(POSTERS);
      List<Long> posterIds = ids(connection, posters);
      // Listeners: the posters' followers first, then anyone, until there are enough streams.
      Set<String> listeners = new LinkedHashSet<>();
      try (PreparedStatement followers =
          connection.prepareStatement(
              "select p.username from follow f join person p on p.id = f.follower_id"
                  + " where f.followee_id = ? order by f.follower_id")) {
        int round = 0;
        boolean more = true;
        List<List<String>> byPoster = new ArrayList<>();
        for (long poster : posterIds) {
          followers.setLong(1, poster);
          List<String> names = new ArrayList<>();
          try (ResultSet r = followers.executeQuery()) {
            while (r.next()) {
              names.add(r.getString(1));
            }
          }
          byPoster.add(names);
        }
        while (more && listeners.size() < sseClients / 2) {
          more = false;
          for (List<String> names : byPoster) {
            if (round < names.size()) {
              listeners.add(names.get(round));
              more = true;
            }
          }
          round++;
        }
      }
      List<String> everyone = microblog.usernames();
      SplittableRandom random = new SplittableRandom(Tier.SEED);
      while (listeners.size() < Math.min(sseClients, everyone.size())) {
        listeners.add(everyone.get(random.nextInt(everyone.size())));
      }
      List<String> listening = new ArrayList<>(listeners);
      while (listening.size() < sseClients) {
        listening.add(listening.get(listening.size() % listeners.size()));
      }
      List<Long> listenerIds = ids(connection, listening);
      Map<Long, Set<Integer>> audience = new HashMap<>();
      for (long poster : posterIds) {
        Set<Long> reached = reachedBy(connection, poster);
        Set<Integer> clients = new HashSet<>();
        for (int i = 0; i < listenerIds.size(); i++) {
          if (reached.contains(listenerIds.get(i))) {
            clients.add(i);
          }
        }
        audience.put(poster, clients);
      }
      connection.commit();
      return new Cast(
          readers,
          readerIds,
          posters,
          posterIds,
          listening,
          listenerIds,
          audience,
          microblog.tags());
    }
  }

  /** Whose home a post of {@code poster}'s, outside spaces and without tags, reaches. */
  private static Set<Long> reachedBy(Connection connection, long poster) throws SQLException {
    Set<Long> reached = new HashSet<>();
    reached.add(poster);
    try (PreparedStatement followers =
        connection.prepareStatement("select follower_id from follow where followee_id = ?")) {
      followers.setLong(1, poster);
      try (ResultSet r = followers.executeQuery()) {
        while (r.next()) {
          reached.add(r.getLong(1));
        }
      }
    }
    return reached;
  }

  private static List<Long> ids(Connection connection, List<String> usernames) throws SQLException {
    List<Long> ids = new ArrayList<>(usernames.size());
    try (PreparedStatement lookup =
        connection.prepareStatement("select id from person where username = ?")) {
      for (String username : usernames) {
        lookup.setString(1, username);
        try (ResultSet row = lookup.executeQuery()) {
          row.next();
          ids.add(row.getLong(1));
        }
      }
    }
    return ids;
  }

  /** A post as a client writes it: a sentence and one of the tier's hashtags. */
  static String postText(long sequence, List<String> tags) {
    return "Benchmark post "
        + sequence
        + ": notes from today's stand-up are in the space #"
        + tags.get((int) Math.floorMod(sequence * 31, Math.min(tags.size(), 40)));
  }

  private static String tagOf(String text) {
    return text.substring(text.lastIndexOf('#') + 1);
  }

  /** Clients that each post in a closed loop as one person; anything but a 201 is an error. */
  private record Posts(String name, int port, List<String> tokens, List<String> tags)
      implements Workload {
    @Override
    public Client client(int index) {
      HttpConnection connection = new HttpConnection("127.0.0.1", port);
      String token = tokens.get(index % tokens.size());
      return new Client() {
        private long sequence = index * 1_000_000L;

        @Override
        public void call() throws IOException {
          String body = JSON.writeValueAsString(Map.of("status", postText(sequence++, tags)));
          HttpConnection.Response response = connection.postJson("/api/v1/statuses", body, token);
          if (response.status() != 201) {
            throw new IOException("POST answered " + response.status() + ": " + response.text());
          }
        }

        @Override
        public void close() {
          connection.close();
        }
      };
    }
  }

  private Duration pacedWarmup() {
    Duration warmup = settings.load().warmup();
    Duration max = Duration.ofSeconds(1);
    return warmup.compareTo(max) < 0 ? warmup : max;
  }

  private LoadResult measure(Workload workload) throws Exception {
    return measure(workload, settings.load());
  }

  private LoadResult measure(Workload workload, LoadSettings load) throws Exception {
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
}
