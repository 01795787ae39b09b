package org.atrium.bench.wiki;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.atrium.people.PersonKey;
import org.atrium.people.demo.DemoOrganisation;
import org.atrium.platform.auth.Caller;
import org.atrium.spaces.NewSpace;
import org.atrium.webapp.Atrium;
import org.atrium.webapp.Services;

/**
 * A generated wiki: {@code pages} pages spread over public spaces, two levels deep, each with 1 to
 * {@code 2 × revisions − 1} revisions (so {@code revisions} on average) of about 30 lines whose
 * every revision changes a line. Spaces are made through the service (one owner); pages and
 * revisions go straight into the tables in JDBC batches, as a bulk import would. Also: a page with
 * two 1,000-line revisions to diff, and one page per saving client.
 */
public final class WikiDataset {

  static final String SPACE_PREFIX = "wb-";
  static final String DIFF_PAGE = "diff-1000";
  static final int DIFF_LINES = 1_000;
  private static final int LINES = 30;
  private static final int BATCH = 1_000;
  private static final String[] WORDS = {
    "release",
    "plan",
    "review",
    "customer",
    "deploy",
    "budget",
    "design",
    "team",
    "owner",
    "metric",
    "incident",
    "roadmap",
    "launch",
    "backlog",
    "contract",
    "hiring",
    "onboarding",
    "security",
    "audit",
    "process",
    "service",
    "latency",
    "quarter",
    "goal",
    "risk"
  };

  /** What was loaded: who owns the spaces, which they are, and how much is in them. */
  public record Loaded(
      String owner,
      List<String> readers,
      List<String> spaces,
      int pages,
      long revisions,
      int files) {}

  private WikiDataset() {}

  public static Loaded load(
      Services services,
      int spaces,
      int pages,
      int revisions,
      int savers,
      int files,
      LongConsumer progress)
      throws SQLException {
    services
        .orgLoader()
        .loadIfEmpty(
            DemoOrganisation.generate(Atrium.DEMO_SEED, services.config().demoPeople()), true);
    DataSource pool = services.database().dataSource();
    List<String> employees = employees(pool, savers + 1);
    String ownerName = employees.getFirst();
    PersonKey owner = services.directory().activePerson(ownerName).orElseThrow();
    Caller caller = new Caller(owner.id(), owner.username(), owner.role(), null);
    List<String> slugs = new ArrayList<>();
    for (int s = 0; s < spaces; s++) {
      String slug = SPACE_PREFIX + s;
      services
          .spaces()
          .create(caller, new NewSpace(slug, "Wiki bench " + s, null, "public", "project"));
      slugs.add(slug);
    }
    long[] spaceIds = spaceIds(pool, slugs);
    long written;
    try (Connection c = pool.getConnection();
        PreparedStatement page =
            c.prepareStatement(
                "insert into wiki_page (id, space_id, slug, parent_id, created_by, created_at)"
                    + " values (?, ?, ?, ?, ?, ?)");
        PreparedStatement revision =
            c.prepareStatement(
                "insert into wiki_revision (page_id, number, title, body, comment, author_id,"
                    + " created_at) values (?, ?, ?, ?, ?, ?, ?)")) {
      Batches batches = new Batches(c, page, revision, owner.id(), progress);
      SplittableRandom random = new SplittableRandom(Atrium.DEMO_SEED);
      for (int i = 0; i < pages; i++) {
        int space = i % spaces;
        int k = i / spaces;
        Long parent = k % 10 == 0 ? null : (long) ((k - k % 10) * spaces + space + 1);
        int count = 1 + random.nextInt(2 * revisions - 1);
        List<String> lines = lines(random, LINES);
        batches.page(i + 1, spaceIds[space], "page-" + i, parent);
        for (int r = 1; r <= count; r++) {
          if (r > 1) {
            lines.set(random.nextInt(LINES), sentence(random));
          }
          batches.revision(i + 1, r, "Page " + i, String.join("\n", lines));
        }
      }
      SplittableRandom diffRandom = new SplittableRandom(7);
      List<String> before = lines(diffRandom, DIFF_LINES);
      List<String> after = new ArrayList<>(before);
      for (int n = 0; n < DIFF_LINES / 10; n++) {
        after.set(diffRandom.nextInt(DIFF_LINES), sentence(diffRandom));
      }
      batches.page(pages + 1L, spaceIds[0], DIFF_PAGE, null);
      batches.revision(pages + 1L, 1, "A long page", String.join("\n", before));
      batches.revision(pages + 1L, 2, "A long page", String.join("\n", after));
      for (int n = 0; n < savers; n++) {
        batches.page(pages + 2L + n, spaceIds[n % spaces], savePage(n), null);
        batches.revision(pages + 2L + n, 1, "Saved " + n, String.join("\n", lines(random, LINES)));
      }
      written = batches.finish();
    }
    try (Connection c = pool.getConnection();
        var restart = c.createStatement()) {
      // the rows above chose their ids; new pages continue after them
      restart.execute(
          "alter table wiki_page alter column id restart with " + (pages + 2L + savers));
      c.commit();
    }
    WikiFiles.load(pool, services.config().dataDir(), spaceIds, owner.id(), files, progress);
    return new Loaded(
        ownerName, employees.subList(1, employees.size()), slugs, pages, written, files);
  }

  static String savePage(int client) {
    return "save-" + client;
  }

  /** The two bodies of the diff page, generated as {@link #load} generates them. */
  static List<String> diffBodies() {
    SplittableRandom diffRandom = new SplittableRandom(7);
    List<String> before = lines(diffRandom, DIFF_LINES);
    List<String> after = new ArrayList<>(before);
    for (int n = 0; n < DIFF_LINES / 10; n++) {
      after.set(diffRandom.nextInt(DIFF_LINES), sentence(diffRandom));
    }
    return List.of(String.join("\n", before), String.join("\n", after));
  }

  static String sentence(SplittableRandom random) {
    StringBuilder line = new StringBuilder(64);
    int words = 5 + random.nextInt(6);
    for (int w = 0; w < words; w++) {
      line.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return line.append('.').toString();
  }

  private static List<String> lines(SplittableRandom random, int count) {
    List<String> lines = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      lines.add(n % 10 == 0 ? "## " + sentence(random) : sentence(random));
    }
    return lines;
  }

  /** The first {@code count} active employees: the owner of the spaces, then the readers. */
  private static List<String> employees(DataSource pool, int count) throws SQLException {
    List<String> usernames = new ArrayList<>();
    try (Connection c = pool.getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "select username from person where role = 'employee' and status = 'active'"
                    + " and username not in ('admin', 'hr', 'partner') order by id")) {
      query.setMaxRows(count);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          usernames.add(row.getString(1));
        }
      }
      c.commit();
    }
    return usernames;
  }

  private static long[] spaceIds(DataSource pool, List<String> slugs) throws SQLException {
    long[] ids = new long[slugs.size()];
    try (Connection c = pool.getConnection();
        PreparedStatement query = c.prepareStatement("select id from space where slug = ?")) {
      for (int s = 0; s < slugs.size(); s++) {
        query.setString(1, slugs.get(s));
        try (ResultSet row = query.executeQuery()) {
          row.next();
          ids[s] = row.getLong(1);
        }
      }
      c.commit();
    }
    return ids;
  }

  /** The two insert batches, flushed every {@link #BATCH} rows and committed as they go. */
  private static final class Batches {
    private final Connection connection;
    private final PreparedStatement page;
    private final PreparedStatement revision;
    private final long author;
    private final LongConsumer progress;
    private final OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
    private int pending;
    private long revisions;

    Batches(
        Connection connection,
        PreparedStatement page,
        PreparedStatement revision,
        long author,
        LongConsumer progress) {
      this.connection = connection;
      this.page = page;
      this.revision = revision;
      this.author = author;
      this.progress = progress;
    }

    void page(long id, long space, String slug, Long parent) throws SQLException {
      page.setLong(1, id);
      page.setLong(2, space);
      page.setString(3, slug);
      if (parent == null) {
        page.setNull(4, Types.BIGINT);
      } else {
        page.setLong(4, parent);
      }
      page.setLong(5, author);
      page.setObject(6, at);
      page.addBatch();
    }

    void revision(long pageId, int number, String title, String body) throws SQLException {
      revision.setLong(1, pageId);
      revision.setInt(2, number);
      revision.setString(3, title);
      revision.setString(4, body);
      revision.setNull(5, Types.VARCHAR);
      revision.setLong(6, author);
      revision.setObject(7, at);
      revision.addBatch();
      revisions++;
      if (++pending >= BATCH) {
        flush();
      }
    }

    /** Pages go first, so that the revisions' foreign keys find them. */
    private void flush() throws SQLException {
      page.executeBatch();
      revision.executeBatch();
      connection.commit();
      progress.accept(pending);
      pending = 0;
    }

    long finish() throws SQLException {
      flush();
      return revisions;
    }
  }
}
