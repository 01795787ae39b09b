package org.atrium.bench.baseline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The database ceiling of the home timeline under both designs, and of posting: the SQL that
 * fetches exactly a first page (statuses, then their mentions and tags) over plain JDBC, and the
 * rows a post must write. {@link #fanOutOnRead} asks what {@code StatusStore.page} asks today;
 * {@link #inbox} reads a capped per-person inbox ({@link #INBOX_TABLE}, a prototype that only the
 * harness creates and fills), filtered by the same access rule at read time.
 */
public final class TimelineQueries {

  /** The prototype inbox: one row per (person, status) delivered, newest {@link #CAP} kept. */
  public static final String INBOX_TABLE = "bench_home_feed";

  /** How many entries an inbox keeps, as Mastodon keeps 800 per home feed. */
  public static final int CAP = 800;

  private static final String COLUMNS =
      "select s.id, s.created_at, s.edited_at, a.username, a.display_name, a.title, sp.slug,"
          + " sp.name, s.content, s.text, s.in_reply_to_id, s.favourites_count, s.replies_count,"
          + " (select count(*) from favourite f where f.status_id = s.id and f.person_id = ?)";

  /** Which statuses reach a person's home, as {@code StatusStore} scopes it. */
  private static final String HOME_SCOPE =
      " and (s.author_id = ? or s.author_id in (select followee_id from follow"
          + " where follower_id = ?) or s.space_id in (select space_id from space_member"
          + " where person_id = ?) or exists (select 1 from status_tag t join tag_follow tf"
          + " on tf.tag = t.tag and tf.person_id = ? where t.status_id = s.id))";

  /** The access rule for an employee, as {@code AccessPolicy.contentRule} words it. */
  private static final String READABLE =
      " and (s.space_id is null or sp.visibility = 'public' or s.space_id in"
          + " (select m.space_id from space_member m where m.person_id = ?))";

  private TimelineQueries() {}

  /**
   * Home statuses from the viewer's sources, for a home too sparse to fill a page from the newest
   * {@link #HOME_WINDOW}.
   */
  private static final String FROM_SOURCES =
      " and s.id in (select id from status where author_id = ?"
          + " union select h.id from status h join follow f on h.author_id = f.followee_id"
          + " where f.follower_id = ?"
          + " union select h.id from status h join space_member m on h.space_id = m.space_id"
          + " where m.person_id = ?"
          + " union select t.status_id from status_tag t join tag_follow tf on tf.tag = t.tag"
          + " where tf.person_id = ?)";

  /** As {@code StatusStore} walks it: the newest statuses first, and only so many. */
  private static final int HOME_WINDOW = 4_000;

  /**
   * The first page of {@code viewerId}'s home, fanned out on read as {@code StatusStore} does it:
   * the newest {@link #HOME_WINDOW} statuses checked against the home's sources, and only when they
   * hold less than a page, the candidates drawn from the sources instead. Returns rows read.
   */
  public static int fanOutOnRead(Connection connection, long viewerId, int limit)
      throws SQLException {
    String head =
        COLUMNS
            + " from status s join person a on a.id = s.author_id"
            + " left join space sp on sp.id = s.space_id where s.deleted_at is null"
            + READABLE;
    String tail = " order by s.id desc fetch first ? rows only";
    int rows;
    try (PreparedStatement recent =
        connection.prepareStatement(
            head
                + HOME_SCOPE
                + " and s.id > (select coalesce(max(id), 0) from status) - ?"
                + tail)) {
      for (int i = 1; i <= 6; i++) {
        recent.setLong(i, viewerId);
      }
      recent.setInt(7, HOME_WINDOW);
      recent.setInt(8, limit);
      rows = withMentionsAndTags(connection, recent, limit);
    }
    if (rows >= 0) {
      return rows;
    }
    try (PreparedStatement sources = connection.prepareStatement(head + FROM_SOURCES + tail)) {
      for (int i = 1; i <= 6; i++) {
        sources.setLong(i, viewerId);
      }
      sources.setInt(7, limit);
      return withMentionsAndTags(connection, sources, 0);
    }
  }

  /**
   * Inbox entries read for a page: twice a page, so that statuses the viewer may no longer read
   * (they left the space since) rarely leave it short.
   */
  private static final int INBOX_READ = 40;

  /**
   * The first page of {@code viewerId}'s home from the capped inbox: the statuses of its newest
   * {@link #INBOX_READ} entries, filtered by the access rule, the newest page of them. The ids come
   * first, as Mastodon reads them from Redis: joined to their statuses first, H2 would read all 800
   * entries before sorting. Returns rows read.
   */
  public static int inbox(Connection connection, long viewerId, int limit) throws SQLException {
    String sql =
        COLUMNS
            + " from status s join person a on a.id = s.author_id"
            + " left join space sp on sp.id = s.space_id where s.id in (select status_id from "
            + INBOX_TABLE
            + " where person_id = ? order by status_id desc fetch first "
            + INBOX_READ
            + " rows only) and s.deleted_at is null"
            + READABLE
            + " order by s.id desc fetch first ? rows only";
    try (PreparedStatement page = connection.prepareStatement(sql)) {
      page.setLong(1, viewerId);
      page.setLong(2, viewerId);
      page.setLong(3, viewerId);
      page.setInt(4, limit);
      return withMentionsAndTags(connection, page, 0);
    }
  }

  /**
   * Creates the prototype inbox if missing and fills {@code viewerId}'s, as write-time fan-out
   * would have.
   */
  public static void fillInbox(Connection connection, long viewerId) throws SQLException {
    try (Statement ddl = connection.createStatement()) {
      ddl.execute(
          "create table if not exists "
              + INBOX_TABLE
              + " (person_id bigint not null, status_id bigint not null,"
              + " primary key (person_id, status_id))");
    }
    try (PreparedStatement fill =
        connection.prepareStatement(
            "insert into "
                + INBOX_TABLE
                + " (person_id, status_id) select ?, s.id from status s where s.deleted_at is null"
                + HOME_SCOPE
                + " and not exists (select 1 from "
                + INBOX_TABLE
                + " h where h.person_id = ? and h.status_id = s.id)"
                + " order by s.id desc fetch first "
                + CAP
                + " rows only")) {
      for (int i = 1; i <= 6; i++) {
        fill.setLong(i, viewerId);
      }
      fill.executeUpdate();
    }
  }

  /**
   * Writes what a post must: the status (its thread root is itself), its tags and its outbox event
   * (under a topic no consumer reads, so the server has nothing to catch up on).
   */
  public static long insertPost(
      Connection connection, long authorId, String text, String content, List<String> tags)
      throws SQLException {
    long id;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into status (author_id, text, content, created_at) values (?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, authorId);
      insert.setString(2, text);
      insert.setString(3, content);
      insert.setTimestamp(4, Timestamp.from(Instant.now()));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    try (PreparedStatement root =
        connection.prepareStatement("update status set thread_root_id = id where id = ?")) {
      root.setLong(1, id);
      root.executeUpdate();
    }
    try (PreparedStatement tag =
        connection.prepareStatement("insert into status_tag (status_id, tag) values (?, ?)")) {
      for (String t : tags) {
        tag.setLong(1, id);
        tag.setString(2, t);
        tag.addBatch();
      }
      tag.executeBatch();
    }
    try (PreparedStatement event =
        connection.prepareStatement(
            "insert into outbox_event (topic, aggregate_id, payload, created_at)"
                + " values ('bench.post', ?, ?, ?)")) {
      event.setString(1, Long.toString(id));
      event.setString(2, "{\"status_id\":" + id + "}");
      event.setTimestamp(3, Timestamp.from(Instant.now()));
      event.executeUpdate();
    }
    return id;
  }

  /**
   * Reads a page and its mentions and tags; returns the rows read, or -1 (having read no more) when
   * the page holds fewer than {@code atLeast} statuses.
   */
  private static int withMentionsAndTags(Connection connection, PreparedStatement page, int atLeast)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (ResultSet r = page.executeQuery()) {
      while (r.next()) {
        ids.add(r.getLong(1));
        for (int c = 2; c <= 14; c++) {
          r.getObject(c);
        }
      }
    }
    if (ids.size() < atLeast) {
      return -1;
    }
    if (ids.isEmpty()) {
      return 0;
    }
    String in = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    int rows = ids.size();
    try (Statement details = connection.createStatement()) {
      try (ResultSet r =
          details.executeQuery(
              "select m.status_id, p.username, p.display_name, p.title from status_mention m"
                  + " join person p on p.id = m.person_id where m.status_id in ("
                  + in
                  + ")")) {
        while (r.next()) {
          r.getObject(2);
          rows++;
        }
      }
      try (ResultSet r =
          details.executeQuery(
              "select status_id, tag from status_tag where status_id in ("
                  + in
                  + ") order by tag")) {
        while (r.next()) {
          r.getObject(2);
          rows++;
        }
      }
    }
    return rows;
  }
}
