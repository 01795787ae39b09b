package org.atrium.people.store;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atrium.people.BusinessUnit;
import org.atrium.people.DirectoryQuery;
import org.atrium.people.Page;
import org.atrium.people.Person;
import org.atrium.people.PersonKey;
import org.atrium.people.PersonRef;
import org.atrium.people.PersonSkill;
import org.atrium.people.PersonStatus;
import org.atrium.people.PersonSummary;
import org.atrium.people.Skill;
import org.atrium.platform.auth.Account;
import org.atrium.platform.auth.Role;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.BadRequest;
import org.hibernate.FlushMode;
import org.hibernate.query.NativeQuery;

/** The directory's reads and writes; runs in the transaction of the calling service. */
public final class PeopleStore {

  /** The entities this store maps, for the session factory. */
  public static final List<Class<?>> ENTITIES =
      List.of(
          PersonEntity.class, BusinessUnitEntity.class, LocationEntity.class, SkillEntity.class);

  private static final String ACTIVE = PersonStatus.ACTIVE.code();
  private static final String SUMMARY_COLUMNS =
      "p.username, p.display_name, p.title, bu.name, l.name, p.name_key";
  private static final String UNIT_AND_LOCATION =
      " left join business_unit bu on bu.id = p.business_unit_id"
          + " left join location l on l.id = p.location_id";
  private static final String SUMMARY_JOINS = " from person p" + UNIT_AND_LOCATION;

  /**
   * A skill held by fewer people than this is listed starting from its holders; a commoner one by
   * walking the directory in order. Either way a page costs at most about this many row reads.
   */
  private static final int FEW_HOLDERS = 1000;

  private final Tx tx;

  public PeopleStore(Tx tx) {
    this.tx = tx;
  }

  // People

  public Optional<PersonKey> key(String username) {
    return tx.session()
        .createSelectionQuery("from PersonEntity where username = :u", PersonEntity.class)
        .setParameter("u", username)
        .uniqueResultOptional()
        .map(PeopleStore::keyOf);
  }

  public Optional<PersonKey> key(long id) {
    return Optional.ofNullable(tx.session().find(PersonEntity.class, id)).map(PeopleStore::keyOf);
  }

  public Optional<Account> accountByLogin(String login) {
    String folded = login.toLowerCase(java.util.Locale.ROOT);
    return tx.session()
        .createSelectionQuery(
            "from PersonEntity where username = :l or lower(email) = :l", PersonEntity.class)
        .setParameter("l", folded)
        .setMaxResults(1)
        .uniqueResultOptional()
        .map(PeopleStore::accountOf);
  }

  public Optional<Account> accountById(long id) {
    return Optional.ofNullable(tx.session().find(PersonEntity.class, id))
        .map(PeopleStore::accountOf);
  }

  /** The profile of {@code username} with endorsement marks for {@code viewerId}. */
  public Optional<Person> profile(String username, long viewerId) {
    return tx.session()
        .createSelectionQuery("from PersonEntity where username = :u", PersonEntity.class)
        .setParameter("u", username)
        .uniqueResultOptional()
        .map(p -> profileOf(p, viewerId));
  }

  public Page<PersonSummary> directory(DirectoryQuery query, Long skillId) {
    // Walking the directory index in order stops after a page, which is quick while many people
    // match; for a skill few hold it means reading nearly everyone, so those pages start from the
    // holders instead and sort them. The FROM order decides: the outer joins fix the join order.
    boolean fromHolders = skillId != null && heldByFew(skillId);
    StringBuilder sql = new StringBuilder("select " + SUMMARY_COLUMNS);
    if (skillId != null) {
      sql.append(", s.name as skill_name, ps.level");
    }
    if (fromHolders) {
      sql.append(" from person_skill ps join person p on p.id = ps.person_id")
          .append(UNIT_AND_LOCATION)
          .append(" join skill s on s.id = ps.skill_id where ps.skill_id = :skill and");
    } else {
      sql.append(SUMMARY_JOINS);
      if (skillId != null) {
        sql.append(" join person_skill ps on ps.person_id = p.id and ps.skill_id = :skill")
            .append(" join skill s on s.id = ps.skill_id");
      }
      sql.append(" where");
    }
    sql.append(" p.status = :active");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("active", ACTIVE);
    if (skillId != null) {
      params.put("skill", skillId);
    }
    if (present(query.text())) {
      sql.append(
          " and (p.name_key like :contains escape '\\' or lower(p.username) like :prefix escape '\\'"
              + " or lower(p.email) like :prefix escape '\\'"
              + " or lower(p.title) like :contains escape '\\')");
      params.put("contains", SearchKeys.contains(query.text()));
      params.put("prefix", SearchKeys.prefix(query.text()));
    }
    if (present(query.businessUnit())) {
      sql.append(" and (lower(bu.code) = :unit or lower(bu.name) = :unit)");
      params.put("unit", query.businessUnit().trim().toLowerCase(java.util.Locale.ROOT));
    }
    if (present(query.location())) {
      sql.append(" and lower(l.name) = :location");
      params.put("location", query.location().trim().toLowerCase(java.util.Locale.ROOT));
    }
    if (present(query.cursor())) {
      String[] after = decodeCursor(query.cursor());
      sql.append(
          " and (p.name_key > :afterKey or (p.name_key = :afterKey and p.username > :afterUser))");
      params.put("afterKey", after[0]);
      params.put("afterUser", after[1]);
    }
    // When walking, status leads the order although the filter fixes it: that is the directory
    // index's order, so the database reads people in that order and stops after one page.
    sql.append(
        fromHolders
            ? " order by p.name_key, p.username"
            : " order by p.status, p.name_key, p.username");
    NativeQuery<Object[]> nativeQuery =
        tx.session().createNativeQuery(sql.toString(), Object[].class);
    params.forEach(nativeQuery::setParameter);
    List<Object[]> rows = nativeQuery.setMaxResults(query.limit() + 1).getResultList();
    List<PersonSummary> items = new ArrayList<>();
    for (Object[] row : rows.subList(0, Math.min(rows.size(), query.limit()))) {
      PersonSummary.SkillLevel matched =
          skillId == null
              ? null
              : new PersonSummary.SkillLevel((String) row[6], (int) Rows.number(row[7]));
      items.add(summaryOf(row, matched));
    }
    String next = null;
    if (rows.size() > query.limit()) {
      Object[] last = rows.get(query.limit() - 1);
      next = encodeCursor((String) last[5], (String) last[0]);
    }
    return new Page<>(items, next);
  }

  private boolean heldByFew(long skillId) {
    Object holders =
        tx.session()
            .createNativeQuery(
                "select count(*) from (select 1 from person_skill where skill_id = :s"
                    + " fetch first "
                    + FEW_HOLDERS
                    + " rows only) holders",
                Object.class)
            .setParameter("s", skillId)
            .getSingleResult();
    return Rows.number(holders) < FEW_HOLDERS;
  }

  public List<PersonSummary> reports(long managerId) {
    return tx
        .session()
        .createNativeQuery(
            "select "
                + SUMMARY_COLUMNS
                + SUMMARY_JOINS
                + " where p.manager_id = :m and p.status = :active order by p.name_key, p.username",
            Object[].class)
        .setParameter("m", managerId)
        .setParameter("active", ACTIVE)
        .getResultList()
        .stream()
        .map(row -> summaryOf(row, null))
        .toList();
  }

  /** The managers above {@code personId}, nearest first, up to the top of the organisation. */
  public List<PersonSummary> managerChain(long personId) {
    List<PersonSummary> chain = new ArrayList<>();
    Long next = managerOf(personId);
    while (next != null && chain.size() < 64) {
      Object[] row =
          tx.session()
              .createNativeQuery(
                  "select "
                      + SUMMARY_COLUMNS
                      + ", p.manager_id"
                      + SUMMARY_JOINS
                      + " where p.id = :id",
                  Object[].class)
              .setParameter("id", next)
              .getSingleResult();
      chain.add(summaryOf(row, null));
      next = Rows.nullableNumber(row[6]);
    }
    return chain;
  }

  /** Whether making {@code managerId} the manager of {@code personId} would close a loop. */
  public boolean wouldCycle(long personId, long managerId) {
    Long current = managerId;
    for (int depth = 0; current != null && depth < 1000; depth++) {
      if (current == personId) {
        return true;
      }
      current = managerOf(current);
    }
    return false;
  }

  public long createPerson(PersonRow row, Instant at) {
    PersonEntity entity = new PersonEntity();
    entity.username = row.username();
    entity.createdAt = at;
    entity.status = ACTIVE;
    apply(entity, row, at);
    tx.session().persist(entity);
    return entity.id;
  }

  /** Overwrites every field of an existing person with {@code row}; false if nothing changed. */
  public boolean updatePerson(long id, PersonRow row, Instant at) {
    PersonEntity entity = tx.session().find(PersonEntity.class, id);
    PersonRow before = rowOf(entity);
    if (before.equals(row)) {
      return false;
    }
    apply(entity, row, at);
    return true;
  }

  /** The stored fields of a person, as an update starts from. */
  public PersonRow row(long id) {
    return rowOf(tx.session().find(PersonEntity.class, id));
  }

  public void setStatus(long id, PersonStatus status, Instant at) {
    PersonEntity entity = tx.session().find(PersonEntity.class, id);
    entity.status = status.code();
    entity.updatedAt = at;
  }

  public void setPasswordHash(long id, String hash) {
    tx.session().find(PersonEntity.class, id).passwordHash = hash;
  }

  public Optional<Long> personIdByEmail(String email) {
    return tx.session()
        .createSelectionQuery("select id from PersonEntity where lower(email) = :e", Long.class)
        .setParameter("e", email.trim().toLowerCase(java.util.Locale.ROOT))
        .uniqueResultOptional();
  }

  // Skills held and endorsements

  /** The level {@code personId} holds {@code skillId} at, if they hold it. */
  public Optional<Integer> skillLevel(long personId, long skillId) {
    return tx.session()
        .createNativeQuery(
            "select level from person_skill where person_id = :p and skill_id = :s", Object.class)
        .setParameter("p", personId)
        .setParameter("s", skillId)
        .uniqueResultOptional()
        .map(v -> (int) Rows.number(v));
  }

  public Map<Long, Integer> skillLevels(long personId) {
    Map<Long, Integer> levels = new LinkedHashMap<>();
    tx.session()
        .createNativeQuery(
            "select skill_id, level from person_skill where person_id = :p", Object[].class)
        .setParameter("p", personId)
        .getResultList()
        .forEach(row -> levels.put(Rows.number(row[0]), (int) Rows.number(row[1])));
    return levels;
  }

  public void setSkillLevel(long personId, long skillId, int level) {
    int updated =
        tx.session()
            .createNativeMutationQuery(
                "update person_skill set level = :level where person_id = :p and skill_id = :s")
            .setParameter("level", level)
            .setParameter("p", personId)
            .setParameter("s", skillId)
            .executeUpdate();
    if (updated == 0) {
      tx.session()
          .createNativeMutationQuery(
              "insert into person_skill (person_id, skill_id, level) values (:p, :s, :level)")
          .setParameter("level", level)
          .setParameter("p", personId)
          .setParameter("s", skillId)
          .executeUpdate();
    }
  }

  /**
   * Gives someone who holds no skills yet their first ones ({@code levels}: skill id to level) in
   * one batch, as an import of thousands of new people needs.
   */
  public void addSkillLevels(long personId, Map<Long, Integer> levels) {
    if (levels.isEmpty()) {
      return;
    }
    tx.session()
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into person_skill (person_id, skill_id, level) values (?, ?, ?)")) {
                for (Map.Entry<Long, Integer> level : levels.entrySet()) {
                  insert.setLong(1, personId);
                  insert.setLong(2, level.getKey());
                  insert.setInt(3, level.getValue());
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            });
  }

  /** Removes a skill and its endorsements; false if the person did not hold it. */
  public boolean removeSkill(long personId, long skillId) {
    tx.session()
        .createNativeMutationQuery("delete from endorsement where person_id = :p and skill_id = :s")
        .setParameter("p", personId)
        .setParameter("s", skillId)
        .executeUpdate();
    return tx.session()
            .createNativeMutationQuery(
                "delete from person_skill where person_id = :p and skill_id = :s")
            .setParameter("p", personId)
            .setParameter("s", skillId)
            .executeUpdate()
        == 1;
  }

  /** Adds the endorsement unless it exists; false if it already did. */
  public boolean endorse(long personId, long skillId, long endorserId, Instant at) {
    return tx.session()
            .createNativeMutationQuery(
                "insert into endorsement (person_id, skill_id, endorser_id, created_at)"
                    + " select :p, :s, :e, :at from person_skill"
                    + " where person_id = :p and skill_id = :s and not exists"
                    + " (select 1 from endorsement where person_id = :p and skill_id = :s"
                    + " and endorser_id = :e)")
            .setParameter("p", personId)
            .setParameter("s", skillId)
            .setParameter("e", endorserId)
            .setParameter("at", at)
            .executeUpdate()
        == 1;
  }

  public boolean withdrawEndorsement(long personId, long skillId, long endorserId) {
    return tx.session()
            .createNativeMutationQuery(
                "delete from endorsement where person_id = :p and skill_id = :s and endorser_id = :e")
            .setParameter("p", personId)
            .setParameter("s", skillId)
            .setParameter("e", endorserId)
            .executeUpdate()
        == 1;
  }

  /** One skill of a profile as {@code viewerId} sees it. */
  public PersonSkill personSkill(long personId, long skillId, long viewerId) {
    return skillsOf(personId, viewerId, skillId).getFirst();
  }

  // Taxonomy

  /** The skill a name or synonym stands for, ignoring case and accents. */
  public Optional<SkillRef> skill(String nameOrSynonym) {
    String key = SearchKeys.of(nameOrSynonym);
    return tx.session()
        .createNativeQuery(
            "select s.id, s.name from skill s where s.name_key = :k"
                + " union select s.id, s.name from skill_synonym ss join skill s on s.id = ss.skill_id"
                + " where ss.synonym_key = :k",
            Object[].class)
        .setParameter("k", key)
        .setMaxResults(1)
        .uniqueResultOptional()
        .map(row -> new SkillRef(Rows.number(row[0]), (String) row[1]));
  }

  /** Adds an uncategorised skill, as when a person or an import names one the taxonomy lacks. */
  public SkillRef addSkill(String name) {
    SkillEntity entity = new SkillEntity();
    entity.name = name.trim();
    entity.nameKey = SearchKeys.of(name);
    tx.session().persist(entity);
    return new SkillRef(entity.id, entity.name);
  }

  public Page<Skill> skills(String text, String cursor, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "select s.id, s.name, s.category, s.name_key, (select count(*) from person_skill ps"
                + " join person p on p.id = ps.person_id where ps.skill_id = s.id and p.status = :active)"
                + " from skill s where 1 = 1");
    if (present(text)) {
      sql.append(
          " and (s.name_key like :contains escape '\\' or exists (select 1 from skill_synonym ss"
              + " where ss.skill_id = s.id and ss.synonym_key like :contains escape '\\'))");
    }
    if (present(cursor)) {
      sql.append(" and s.name_key > :after");
    }
    sql.append(" order by s.name_key");
    NativeQuery<Object[]> query =
        tx.session()
            .createNativeQuery(sql.toString(), Object[].class)
            .setParameter("active", ACTIVE);
    if (present(text)) {
      query.setParameter("contains", SearchKeys.contains(text));
    }
    if (present(cursor)) {
      query.setParameter("after", decodeCursor(cursor)[0]);
    }
    List<Object[]> rows = query.setMaxResults(limit + 1).getResultList();
    List<Object[]> shown = rows.subList(0, Math.min(rows.size(), limit));
    Map<Long, List<String>> synonyms =
        synonymsOf(shown.stream().map(r -> Rows.number(r[0])).toList());
    List<Skill> items =
        shown.stream()
            .map(
                r ->
                    new Skill(
                        (String) r[1],
                        synonyms.getOrDefault(Rows.number(r[0]), List.of()),
                        (String) r[2],
                        Rows.number(r[4])))
            .toList();
    String next = rows.size() > limit ? encodeCursor((String) shown.getLast()[3], "") : null;
    return new Page<>(items, next);
  }

  // Units and locations

  public List<BusinessUnit> businessUnits() {
    return tx
        .session()
        .createNativeQuery(
            "select bu.code, bu.name, h.username, h.display_name, h.title,"
                + " (select count(*) from person p where p.business_unit_id = bu.id"
                + " and p.status = :active)"
                + " from business_unit bu left join person h on h.id = bu.head_id order by bu.name",
            Object[].class)
        .setParameter("active", ACTIVE)
        .getResultList()
        .stream()
        .map(
            r ->
                new BusinessUnit(
                    (String) r[0],
                    (String) r[1],
                    r[2] == null
                        ? null
                        : new PersonRef((String) r[2], (String) r[3], (String) r[4]),
                    Rows.number(r[5])))
        .toList();
  }

  /** The id of the unit whose code or name is {@code codeOrName}, ignoring case. */
  public Optional<Long> businessUnitId(String codeOrName) {
    return tx.session()
        .createSelectionQuery(
            "select id from BusinessUnitEntity where lower(code) = :v or lower(name) = :v",
            Long.class)
        .setParameter("v", codeOrName.trim().toLowerCase(java.util.Locale.ROOT))
        .setMaxResults(1)
        .uniqueResultOptional();
  }

  public Optional<Long> locationId(String name) {
    return tx.session()
        .createSelectionQuery("select id from LocationEntity where lower(name) = :v", Long.class)
        .setParameter("v", name.trim().toLowerCase(java.util.Locale.ROOT))
        .uniqueResultOptional();
  }

  /**
   * For one transaction that writes thousands of people: Hibernate stops flushing before every
   * query, which dirty-checks every entity loaded so far and makes a large import quadratic. New
   * rows are still visible to queries (identity ids insert them at once); changes to loaded people
   * are written at commit, and reads of them go through the session, which holds them.
   */
  public void flushOnlyAtCommit() {
    tx.session().setHibernateFlushMode(FlushMode.COMMIT);
  }

  /** Whether anyone is in the directory yet; the demo organisation only loads into an empty one. */
  public boolean isEmpty() {
    return tx.session()
            .createSelectionQuery("select count(*) from PersonEntity", Long.class)
            .getSingleResult()
        == 0;
  }

  // Mapping

  private Long managerOf(long personId) {
    return tx.session()
        .createSelectionQuery("select managerId from PersonEntity where id = :id", Long.class)
        .setParameter("id", personId)
        .uniqueResultOptional()
        .orElse(null);
  }

  private Person profileOf(PersonEntity p, long viewerId) {
    PersonRef manager = null;
    if (p.managerId != null) {
      PersonEntity m = tx.session().find(PersonEntity.class, p.managerId);
      manager = new PersonRef(m.username, m.displayName, m.title);
    }
    return new Person(
        p.username,
        p.displayName,
        p.email,
        p.title,
        p.businessUnitId == null
            ? null
            : tx.session().find(BusinessUnitEntity.class, p.businessUnitId).name,
        p.department,
        p.locationId == null ? null : tx.session().find(LocationEntity.class, p.locationId).name,
        p.timeZone,
        manager,
        p.about,
        p.askMeAbout,
        Role.fromCode(p.role),
        PersonStatus.valueOf(p.status.toUpperCase(java.util.Locale.ROOT)),
        skillsOf(p.id, viewerId, null));
  }

  private List<PersonSkill> skillsOf(long personId, long viewerId, Long onlySkillId) {
    String sql =
        "select s.name, ps.level,"
            + " (select count(*) from endorsement e where e.person_id = ps.person_id"
            + " and e.skill_id = ps.skill_id) as endorsements,"
            + " (select count(*) from endorsement e where e.person_id = ps.person_id"
            + " and e.skill_id = ps.skill_id and e.endorser_id = :viewer) as mine"
            + " from person_skill ps join skill s on s.id = ps.skill_id where ps.person_id = :p"
            + (onlySkillId == null ? "" : " and ps.skill_id = :only")
            + " order by ps.level desc, endorsements desc, s.name_key";
    NativeQuery<Object[]> query =
        tx.session()
            .createNativeQuery(sql, Object[].class)
            .setParameter("viewer", viewerId)
            .setParameter("p", personId);
    if (onlySkillId != null) {
      query.setParameter("only", onlySkillId);
    }
    return query.getResultList().stream()
        .map(
            r ->
                new PersonSkill(
                    (String) r[0],
                    (int) Rows.number(r[1]),
                    (int) Rows.number(r[2]),
                    Rows.number(r[3]) > 0))
        .toList();
  }

  private Map<Long, List<String>> synonymsOf(List<Long> skillIds) {
    Map<Long, List<String>> synonyms = new LinkedHashMap<>();
    if (skillIds.isEmpty()) {
      return synonyms;
    }
    tx.session()
        .createNativeQuery(
            "select skill_id, synonym from skill_synonym where skill_id in (:ids) order by synonym_key",
            Object[].class)
        .setParameterList("ids", skillIds)
        .getResultList()
        .forEach(
            r ->
                synonyms
                    .computeIfAbsent(Rows.number(r[0]), k -> new ArrayList<>())
                    .add((String) r[1]));
    return synonyms;
  }

  private static void apply(PersonEntity entity, PersonRow row, Instant at) {
    entity.email = row.email();
    entity.displayName = row.displayName();
    entity.nameKey = SearchKeys.of(row.displayName());
    entity.title = row.title();
    entity.businessUnitId = row.businessUnitId();
    entity.department = row.department();
    entity.locationId = row.locationId();
    entity.timeZone = row.timeZone();
    entity.managerId = row.managerId();
    entity.about = row.about();
    entity.askMeAbout = row.askMeAbout();
    entity.role = row.role().code();
    entity.updatedAt = at;
  }

  private static PersonRow rowOf(PersonEntity e) {
    return new PersonRow(
        e.username,
        e.email,
        e.displayName,
        e.title,
        e.businessUnitId,
        e.department,
        e.locationId,
        e.timeZone,
        e.managerId,
        e.about,
        e.askMeAbout,
        Role.fromCode(e.role));
  }

  private static PersonKey keyOf(PersonEntity e) {
    return new PersonKey(
        e.id,
        e.username,
        Role.fromCode(e.role),
        PersonStatus.valueOf(e.status.toUpperCase(java.util.Locale.ROOT)));
  }

  private static Account accountOf(PersonEntity e) {
    return new Account(
        e.id, e.username, Role.fromCode(e.role), e.passwordHash, ACTIVE.equals(e.status), e.demo);
  }

  private static PersonSummary summaryOf(Object[] row, PersonSummary.SkillLevel matched) {
    return new PersonSummary(
        (String) row[0],
        (String) row[1],
        (String) row[2],
        (String) row[3],
        (String) row[4],
        matched);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String encodeCursor(String key, String username) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((key + "\u0000" + username).getBytes(StandardCharsets.UTF_8));
  }

  private static String[] decodeCursor(String cursor) {
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = decoded.split("\u0000", -1);
      if (parts.length != 2) {
        throw new IllegalArgumentException("two parts expected");
      }
      return parts;
    } catch (IllegalArgumentException e) {
      throw new BadRequest("the cursor is not one this server handed out");
    }
  }
}
