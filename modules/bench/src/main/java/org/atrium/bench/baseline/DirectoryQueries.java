package org.atrium.bench.baseline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The database ceiling of the directory endpoints: the SQL that fetches exactly what each response
 * shows, over plain JDBC, in as few round trips as it takes. Atrium's store may issue more or
 * different queries; the ratio between the two is what this baseline is for.
 */
public final class DirectoryQueries {

  /** A profile with its unit, office and manager, by username. */
  private static final String PROFILE =
      "select p.id, p.username, p.display_name, p.email, p.title, bu.name, p.department, l.name,"
          + " p.time_zone, m.username, m.display_name, m.title, p.about, p.ask_me_about, p.role,"
          + " p.status from person p"
          + " left join business_unit bu on bu.id = p.business_unit_id"
          + " left join location l on l.id = p.location_id"
          + " left join person m on m.id = p.manager_id where p.username = ?";

  /** A profile's skills with their endorsement counts and whether the viewer endorsed each. */
  private static final String PROFILE_SKILLS =
      "select s.name, ps.level,"
          + " (select count(*) from endorsement e where e.person_id = ps.person_id"
          + " and e.skill_id = ps.skill_id),"
          + " (select count(*) from endorsement e where e.person_id = ps.person_id"
          + " and e.skill_id = ps.skill_id and e.endorser_id = ?)"
          + " from person_skill ps join skill s on s.id = ps.skill_id where ps.person_id = ?";

  /** The skill a name or synonym stands for. */
  private static final String SKILL_ID =
      "select s.id from skill s where s.name_key = ?"
          + " union select ss.skill_id from skill_synonym ss where ss.synonym_key = ?";

  /** How many people hold a skill, counted up to {@link #FEW_HOLDERS}. */
  private static final String HOLDERS =
      "select count(*) from (select 1 from person_skill where skill_id = ?"
          + " fetch first 1000 rows only) holders";

  /** As the store decides: below this many holders a page starts from them, else it walks. */
  private static final int FEW_HOLDERS = 1000;

  /** The first page of a commonly held skill: walk the directory index, stop after a page. */
  private static final String BY_SKILL_WALKING =
      "select p.username, p.display_name, p.title, bu.name, l.name, p.name_key, s.name, ps.level"
          + " from person p left join business_unit bu on bu.id = p.business_unit_id"
          + " left join location l on l.id = p.location_id"
          + " join person_skill ps on ps.person_id = p.id and ps.skill_id = ?"
          + " join skill s on s.id = ps.skill_id"
          + " where p.status = 'active' order by p.status, p.name_key, p.username limit ?";

  /** The first page of a rarely held skill: start from its holders and sort them. */
  private static final String BY_SKILL_FROM_HOLDERS =
      "select p.username, p.display_name, p.title, bu.name, l.name, p.name_key, s.name, ps.level"
          + " from person_skill ps join person p on p.id = ps.person_id"
          + " left join business_unit bu on bu.id = p.business_unit_id"
          + " left join location l on l.id = p.location_id"
          + " join skill s on s.id = ps.skill_id"
          + " where ps.skill_id = ? and p.status = 'active' order by p.name_key, p.username limit ?";

  private DirectoryQueries() {}

  /** Reads the profile of {@code username} as {@code viewerId} sees it; returns rows read. */
  public static int profile(Connection connection, String username, long viewerId)
      throws SQLException {
    long personId;
    int rows;
    try (PreparedStatement profile = connection.prepareStatement(PROFILE)) {
      profile.setString(1, username);
      try (ResultSet r = profile.executeQuery()) {
        if (!r.next()) {
          throw new SQLException("no person " + username);
        }
        personId = r.getLong(1);
        readRow(r, 16);
        rows = 1;
      }
    }
    try (PreparedStatement skills = connection.prepareStatement(PROFILE_SKILLS)) {
      skills.setLong(1, viewerId);
      skills.setLong(2, personId);
      try (ResultSet r = skills.executeQuery()) {
        return rows + readAll(r, 4);
      }
    }
  }

  /** Reads the first {@code limit} people holding {@code skill}; returns rows read. */
  public static int bySkill(Connection connection, String skill, int limit) throws SQLException {
    long skillId;
    try (PreparedStatement lookup = connection.prepareStatement(SKILL_ID)) {
      String key = key(skill);
      lookup.setString(1, key);
      lookup.setString(2, key);
      try (ResultSet r = lookup.executeQuery()) {
        if (!r.next()) {
          return 0;
        }
        skillId = r.getLong(1);
      }
    }
    try (PreparedStatement page =
        connection.prepareStatement(
            heldByFew(connection, skillId) ? BY_SKILL_FROM_HOLDERS : BY_SKILL_WALKING)) {
      page.setLong(1, skillId);
      page.setInt(2, limit + 1);
      try (ResultSet r = page.executeQuery()) {
        return readAll(r, 8);
      }
    }
  }

  private static boolean heldByFew(Connection connection, long skillId) throws SQLException {
    try (PreparedStatement count = connection.prepareStatement(HOLDERS)) {
      count.setLong(1, skillId);
      try (ResultSet r = count.executeQuery()) {
        r.next();
        return r.getLong(1) < FEW_HOLDERS;
      }
    }
  }

  /** Reads every column of every remaining row, as a mapper would; returns the rows read. */
  private static int readAll(ResultSet rows, int columns) throws SQLException {
    int count = 0;
    while (rows.next()) {
      readRow(rows, columns);
      count++;
    }
    return count;
  }

  private static void readRow(ResultSet row, int columns) throws SQLException {
    for (int c = 1; c <= columns; c++) {
      row.getObject(c);
    }
  }

  /** The store's search key: lower case without accents (as {@code SearchKeys} folds). */
  private static String key(String text) {
    String decomposed = Normalizer.normalize(text.trim(), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }
}
