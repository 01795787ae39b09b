package org.atrium.people.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.atrium.people.OrgSeed;
import org.atrium.platform.db.Tx;

/**
 * Writes a whole organisation into an empty directory with JDBC batches: the path for the demo
 * organisation and benchmark tiers, where one insert per statement would take minutes. Ids are
 * assigned here so that managers, heads and skills can be referred to before they are read back;
 * the identity columns are moved past them afterwards.
 */
public final class BulkLoader {

  private static final int BATCH = 1000;

  private final Tx tx;

  public BulkLoader(Tx tx) {
    this.tx = tx;
  }

  /** Loads {@code seed}, marking every person as a demo account when {@code demo} is set. */
  public void load(OrgSeed seed, boolean demo, Instant at) {
    load(seed, demo, at, rows -> {});
  }

  /**
   * Loads {@code seed} as {@link #load(OrgSeed, boolean, Instant)} does, telling {@code
   * rowsWritten} how many rows each batch wrote, so that a long load can show its progress.
   */
  public void load(OrgSeed seed, boolean demo, Instant at, LongConsumer rowsWritten) {
    tx.session()
        .doWork(
            connection -> new Run(connection, seed, demo, Timestamp.from(at), rowsWritten).all());
  }

  /** How many rows loading {@code seed} writes: what the progress reports add up to. */
  public static long rowCount(OrgSeed seed) {
    long synonyms = seed.skills().stream().mapToLong(s -> s.synonyms().size()).sum();
    long personSkills = seed.people().stream().mapToLong(p -> p.skills().size()).sum();
    return seed.locations().size()
        + 2L * seed.units().size()
        + seed.skills().size()
        + synonyms
        + seed.people().size()
        + personSkills
        + seed.endorsements().size();
  }

  private static final class Run {
    private final Connection connection;
    private final OrgSeed seed;
    private final boolean demo;
    private final Timestamp at;
    private final LongConsumer rowsWritten;
    private final Map<String, Long> locationIds = new HashMap<>();
    private final Map<String, Long> unitIds = new HashMap<>();
    private final Map<String, Long> personIds = new HashMap<>();
    private final Map<String, Long> skillIds = new HashMap<>();

    Run(Connection connection, OrgSeed seed, boolean demo, Timestamp at, LongConsumer rowsWritten) {
      this.connection = connection;
      this.seed = seed;
      this.demo = demo;
      this.at = at;
      this.rowsWritten = rowsWritten;
    }

    void all() throws SQLException {
      locations();
      units();
      skills();
      people();
      unitHeads();
      personSkills();
      endorsements();
      for (String table : List.of("location", "business_unit", "skill", "person")) {
        restartIdentity(table);
      }
    }

    private void locations() throws SQLException {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into location (id, name, country, time_zone) values (?, ?, ?, ?)")) {
        long id = 0;
        for (OrgSeed.LocationSeed location : seed.locations()) {
          locationIds.put(location.name(), ++id);
          insert.setLong(1, id);
          insert.setString(2, location.name());
          insert.setString(3, location.country());
          insert.setString(4, location.timeZone());
          insert.addBatch();
        }
        execute(insert, seed.locations().size());
      }
    }

    private void units() throws SQLException {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into business_unit (id, code, name) values (?, ?, ?)")) {
        long id = 0;
        for (OrgSeed.UnitSeed unit : seed.units()) {
          unitIds.put(unit.code(), ++id);
          insert.setLong(1, id);
          insert.setString(2, unit.code());
          insert.setString(3, unit.name());
          insert.addBatch();
        }
        execute(insert, seed.units().size());
      }
    }

    private void skills() throws SQLException {
      try (PreparedStatement skill =
              connection.prepareStatement(
                  "insert into skill (id, name, name_key, category) values (?, ?, ?, ?)");
          PreparedStatement synonym =
              connection.prepareStatement(
                  "insert into skill_synonym (skill_id, synonym, synonym_key) values (?, ?, ?)")) {
        long id = 0;
        int synonyms = 0;
        for (OrgSeed.SkillSeed s : seed.skills()) {
          skillIds.put(s.name(), ++id);
          skill.setLong(1, id);
          skill.setString(2, s.name());
          skill.setString(3, SearchKeys.of(s.name()));
          skill.setString(4, s.category());
          skill.addBatch();
          for (String name : s.synonyms()) {
            synonym.setLong(1, id);
            synonym.setString(2, name);
            synonym.setString(3, SearchKeys.of(name));
            synonym.addBatch();
            synonyms++;
          }
        }
        execute(skill, seed.skills().size());
        execute(synonym, synonyms);
      }
    }

    private void people() throws SQLException {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into person (id, username, email, display_name, name_key, title,"
                  + " business_unit_id, department, location_id, time_zone, manager_id, about,"
                  + " ask_me_about, role, status, demo, created_at, updated_at)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)")) {
        Map<String, String> zones = new HashMap<>();
        seed.locations().forEach(l -> zones.put(l.name(), l.timeZone()));
        long id = 0;
        int pending = 0;
        for (OrgSeed.PersonSeed p : seed.people()) {
          personIds.put(p.username(), ++id);
          insert.setLong(1, id);
          insert.setString(2, p.username());
          insert.setString(3, p.email());
          insert.setString(4, p.displayName());
          insert.setString(5, SearchKeys.of(p.displayName()));
          insert.setString(6, p.title());
          setId(insert, 7, p.unitCode() == null ? null : unitIds.get(p.unitCode()));
          insert.setString(8, p.department());
          setId(insert, 9, p.location() == null ? null : locationIds.get(p.location()));
          insert.setString(10, p.location() == null ? null : zones.get(p.location()));
          setId(
              insert, 11, p.managerUsername() == null ? null : personIds.get(p.managerUsername()));
          insert.setString(12, p.about());
          insert.setString(13, p.askMeAbout());
          insert.setString(14, p.role().code());
          insert.setBoolean(15, demo);
          insert.setTimestamp(16, at);
          insert.setTimestamp(17, at);
          insert.addBatch();
          pending = executeIfFull(insert, pending + 1);
        }
        execute(insert, pending);
      }
    }

    private void unitHeads() throws SQLException {
      try (PreparedStatement update =
          connection.prepareStatement("update business_unit set head_id = ? where id = ?")) {
        for (OrgSeed.UnitSeed unit : seed.units()) {
          setId(update, 1, personIds.get(unit.headUsername()));
          update.setLong(2, unitIds.get(unit.code()));
          update.addBatch();
        }
        execute(update, seed.units().size());
      }
    }

    private void personSkills() throws SQLException {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into person_skill (person_id, skill_id, level) values (?, ?, ?)")) {
        int pending = 0;
        for (OrgSeed.PersonSeed p : seed.people()) {
          for (Map.Entry<String, Integer> skill : p.skills().entrySet()) {
            insert.setLong(1, personIds.get(p.username()));
            insert.setLong(2, skillIds.get(skill.getKey()));
            insert.setInt(3, skill.getValue());
            insert.addBatch();
            pending = executeIfFull(insert, pending + 1);
          }
        }
        execute(insert, pending);
      }
    }

    private void endorsements() throws SQLException {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into endorsement (person_id, skill_id, endorser_id, created_at)"
                  + " values (?, ?, ?, ?)")) {
        int pending = 0;
        for (OrgSeed.EndorsementSeed e : seed.endorsements()) {
          insert.setLong(1, personIds.get(e.personUsername()));
          insert.setLong(2, skillIds.get(e.skill()));
          insert.setLong(3, personIds.get(e.endorserUsername()));
          insert.setTimestamp(4, at);
          insert.addBatch();
          pending = executeIfFull(insert, pending + 1);
        }
        execute(insert, pending);
      }
    }

    /** Sends the batch once it holds {@link #BATCH} rows; returns the rows still pending. */
    private int executeIfFull(PreparedStatement batch, int pending) throws SQLException {
      if (pending < BATCH) {
        return pending;
      }
      execute(batch, pending);
      return 0;
    }

    private void execute(PreparedStatement batch, int rows) throws SQLException {
      batch.executeBatch();
      rowsWritten.accept(rows);
    }

    private void restartIdentity(String table) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        long next;
        try (var max = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
          max.next();
          next = max.getLong(1);
        }
        statement.execute("alter table " + table + " alter column id restart with " + next);
      }
    }

    private static void setId(PreparedStatement statement, int index, Long id) throws SQLException {
      if (id == null) {
        statement.setNull(index, Types.BIGINT);
      } else {
        statement.setLong(index, id);
      }
    }
  }
}
