package org.atrium.stream.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.atrium.platform.db.Tx;

/**
 * Writes many statuses (with their mentions and tags), follows and tag follows with JDBC batches,
 * for benchmark tiers of a million posts. Statuses come with their ids, rendered content and reply
 * counts already worked out by the caller; {@link #finish} moves the identity column past them.
 * Runs in the caller's transaction and publishes nothing: it fills an empty microblog, so there is
 * nobody to notify or push to.
 */
public final class StreamBulkLoader {

  private static final int BATCH = 1000;

  /** A status to write, as {@code StatusService.post} would have stored it. */
  public record StatusSeed(
      long id,
      long authorId,
      Long spaceId,
      Long inReplyToId,
      long threadRootId,
      String text,
      String content,
      int repliesCount,
      Instant createdAt,
      List<Long> mentions,
      List<String> tags) {}

  /** {@code followerId} follows {@code followeeId}. */
  public record FollowSeed(long followerId, long followeeId) {}

  /** {@code personId} follows {@code tag} (normalised, without the {@code #}). */
  public record TagFollowSeed(long personId, String tag) {}

  private final Tx tx;

  public StreamBulkLoader(Tx tx) {
    this.tx = tx;
  }

  /** Writes {@code statuses}; returns the rows written (statuses, mentions and tags). */
  public long statuses(List<StatusSeed> statuses) {
    long[] rows = new long[1];
    tx.session()
        .doWork(
            connection -> {
              try (PreparedStatement status =
                      connection.prepareStatement(
                          "insert into status (id, author_id, space_id, in_reply_to_id,"
                              + " thread_root_id, text, content, replies_count, created_at)"
                              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                  PreparedStatement mention =
                      connection.prepareStatement(
                          "insert into status_mention (status_id, person_id) values (?, ?)");
                  PreparedStatement tag =
                      connection.prepareStatement(
                          "insert into status_tag (status_id, tag) values (?, ?)")) {
                int pending = 0;
                for (StatusSeed s : statuses) {
                  status.setLong(1, s.id());
                  status.setLong(2, s.authorId());
                  setId(status, 3, s.spaceId());
                  setId(status, 4, s.inReplyToId());
                  status.setLong(5, s.threadRootId());
                  status.setString(6, s.text());
                  status.setString(7, s.content());
                  status.setInt(8, s.repliesCount());
                  status.setTimestamp(9, Timestamp.from(s.createdAt()));
                  status.addBatch();
                  for (long person : s.mentions()) {
                    mention.setLong(1, s.id());
                    mention.setLong(2, person);
                    mention.addBatch();
                  }
                  for (String t : s.tags()) {
                    tag.setLong(1, s.id());
                    tag.setString(2, t);
                    tag.addBatch();
                  }
                  rows[0] += 1 + s.mentions().size() + s.tags().size();
                  if (++pending == BATCH) {
                    status.executeBatch();
                    mention.executeBatch();
                    tag.executeBatch();
                    pending = 0;
                  }
                }
                status.executeBatch();
                mention.executeBatch();
                tag.executeBatch();
              }
            });
    return rows[0];
  }

  public void follows(List<FollowSeed> follows, Instant at) {
    tx.session()
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into follow (follower_id, followee_id, created_at) values (?, ?, ?)")) {
                Timestamp since = Timestamp.from(at);
                int pending = 0;
                for (FollowSeed f : follows) {
                  insert.setLong(1, f.followerId());
                  insert.setLong(2, f.followeeId());
                  insert.setTimestamp(3, since);
                  insert.addBatch();
                  pending = flushIfFull(insert, pending + 1);
                }
                insert.executeBatch();
              }
            });
  }

  public void tagFollows(List<TagFollowSeed> follows, Instant at) {
    tx.session()
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into tag_follow (person_id, tag, created_at) values (?, ?, ?)")) {
                Timestamp since = Timestamp.from(at);
                int pending = 0;
                for (TagFollowSeed f : follows) {
                  insert.setLong(1, f.personId());
                  insert.setString(2, f.tag());
                  insert.setTimestamp(3, since);
                  insert.addBatch();
                  pending = flushIfFull(insert, pending + 1);
                }
                insert.executeBatch();
              }
            });
  }

  /** Lets statuses posted later take ids after the loaded ones. */
  public void finish() {
    tx.session().doWork(StreamBulkLoader::restartIdentity);
  }

  private static int flushIfFull(PreparedStatement batch, int pending) throws SQLException {
    if (pending < BATCH) {
      return pending;
    }
    batch.executeBatch();
    return 0;
  }

  private static void setId(PreparedStatement statement, int index, Long id) throws SQLException {
    if (id == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, id);
    }
  }

  private static void restartIdentity(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      long next;
      try (var max = statement.executeQuery("select coalesce(max(id), 0) + 1 from status")) {
        max.next();
        next = max.getLong(1);
      }
      statement.execute("alter table status alter column id restart with " + next);
    }
  }
}
