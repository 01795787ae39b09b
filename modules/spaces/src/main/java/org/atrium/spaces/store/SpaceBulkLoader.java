package org.atrium.spaces.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.atrium.platform.db.Tx;
import org.atrium.spaces.SpaceKind;
import org.atrium.spaces.SpaceRole;
import org.atrium.spaces.SpaceVisibility;

/**
 * Writes many spaces and memberships with JDBC batches, for benchmark tiers where creating them one
 * by one through the services would take minutes. Ids are given by the caller so that content can
 * refer to spaces before they are read back; {@link #finish} moves the identity column past them.
 * Runs in the caller's transaction and publishes nothing: it fills an empty database.
 */
public final class SpaceBulkLoader {

  private static final int BATCH = 1000;

  /** A space to write, with the id it gets. */
  public record SpaceSeed(
      long id,
      String slug,
      String name,
      String description,
      SpaceVisibility visibility,
      SpaceKind kind,
      long createdBy,
      Instant createdAt) {}

  /** A person's role in a space. */
  public record MemberSeed(long spaceId, long personId, SpaceRole role, Instant since) {}

  private final Tx tx;

  public SpaceBulkLoader(Tx tx) {
    this.tx = tx;
  }

  public void spaces(List<SpaceSeed> spaces) {
    tx.session()
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into space (id, slug, name, description, visibility, kind,"
                          + " created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (SpaceSeed s : spaces) {
                  Timestamp at = Timestamp.from(s.createdAt());
                  insert.setLong(1, s.id());
                  insert.setString(2, s.slug());
                  insert.setString(3, s.name());
                  insert.setString(4, s.description());
                  insert.setString(5, s.visibility().code());
                  insert.setString(6, s.kind().code());
                  insert.setLong(7, s.createdBy());
                  insert.setTimestamp(8, at);
                  insert.setTimestamp(9, at);
                  insert.addBatch();
                  pending = flushIfFull(insert, pending + 1);
                }
                insert.executeBatch();
              }
              try (Statement changed = connection.createStatement()) {
                changed.executeUpdate(SpaceStore.DIRECTORY_CHANGED);
              }
            });
  }

  public void members(List<MemberSeed> members) {
    tx.session()
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into space_member (space_id, person_id, role, created_at)"
                          + " values (?, ?, ?, ?)")) {
                int pending = 0;
                for (MemberSeed m : members) {
                  insert.setLong(1, m.spaceId());
                  insert.setLong(2, m.personId());
                  insert.setString(3, m.role().code());
                  insert.setTimestamp(4, Timestamp.from(m.since()));
                  insert.addBatch();
                  pending = flushIfFull(insert, pending + 1);
                }
                insert.executeBatch();
              }
            });
  }

  /** Lets spaces created later take ids after the loaded ones. */
  public void finish() {
    tx.session().doWork(SpaceBulkLoader::restartIdentity);
  }

  private static int flushIfFull(PreparedStatement batch, int pending) throws SQLException {
    if (pending < BATCH) {
      return pending;
    }
    batch.executeBatch();
    return 0;
  }

  private static void restartIdentity(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      long next;
      try (var max = statement.executeQuery("select coalesce(max(id), 0) + 1 from space")) {
        max.next();
        next = max.getLong(1);
      }
      statement.execute("alter table space alter column id restart with " + next);
    }
  }
}
