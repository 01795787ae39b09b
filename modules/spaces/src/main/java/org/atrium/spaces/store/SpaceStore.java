package org.atrium.spaces.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.atrium.people.Page;
import org.atrium.people.PersonRef;
import org.atrium.platform.db.Columns;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.BadRequest;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceAccess;
import org.atrium.spaces.SpaceKind;
import org.atrium.spaces.SpaceMember;
import org.atrium.spaces.SpaceRole;
import org.atrium.spaces.SpaceVisibility;
import org.hibernate.query.NativeQuery;

/** Spaces and memberships; runs in the transaction of the calling service. */
public final class SpaceStore {

  /** The entities this store maps, for the session factory. */
  public static final List<Class<?>> ENTITIES = List.of(SpaceEntity.class);

  private static final String SPACE_COLUMNS =
      "s.slug, s.name, s.description, s.visibility, s.kind, s.archived_at, s.created_at,"
          + " (select count(*) from space_member c where c.space_id = s.id),"
          + " (select m.role from space_member m where m.space_id = s.id and m.person_id = :me)";

  /**
   * Marks the lists of public and secret spaces changed; see {@code V11__create_space_directory}.
   */
  static final String DIRECTORY_CHANGED =
      "update space_directory set version = version + 1 where id = 1";

  private final Tx tx;

  /** The public and secret spaces as last read, with the directory version they were read at. */
  private final AtomicReference<SpaceDirectory> directory = new AtomicReference<>();

  public SpaceStore(Tx tx) {
    this.tx = tx;
  }

  /** What the policy needs about {@code slug} for {@code personId}. */
  public Optional<SpaceAccess> access(String slug, long personId) {
    return tx.session()
        .createNativeQuery(
            "select s.id, s.slug, s.visibility, s.archived_at,"
                + " (select m.role from space_member m where m.space_id = s.id"
                + " and m.person_id = :me) from space s where s.slug = :slug",
            Object[].class)
        .setParameter("slug", slug)
        .setParameter("me", personId)
        .uniqueResultOptional()
        .map(
            r ->
                new SpaceAccess(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    SpaceVisibility.fromCode((String) r[2]),
                    r[3] != null,
                    r[4] == null ? null : SpaceRole.fromCode((String) r[4])));
  }

  public Space space(long spaceId, long viewerId) {
    return spaceOf(
        tx.session()
            .createNativeQuery(
                "select " + SPACE_COLUMNS + " from space s where s.id = :id", Object[].class)
            .setParameter("id", spaceId)
            .setParameter("me", viewerId)
            .getSingleResult());
  }

  /**
   * Spaces {@code viewerId} may see, by slug: their own, plus public and private ones when {@code
   * seesOthers}; only their own when {@code memberOnly}.
   */
  public Page<Space> list(
      long viewerId,
      boolean seesOthers,
      boolean memberOnly,
      String text,
      String cursor,
      int limit) {
    StringBuilder sql =
        new StringBuilder("select " + SPACE_COLUMNS + " from space s where (exists (select 1")
            .append(" from space_member m where m.space_id = s.id and m.person_id = :me)");
    if (seesOthers && !memberOnly) {
      sql.append(" or s.visibility <> 'secret'");
    }
    sql.append(")");
    if (text != null && !text.isBlank()) {
      sql.append(" and (lower(s.name) like :text escape '\\' or s.slug like :text escape '\\')");
    }
    if (cursor != null && !cursor.isBlank()) {
      sql.append(" and s.slug > :after");
    }
    sql.append(" order by s.slug");
    NativeQuery<Object[]> query =
        tx.session().createNativeQuery(sql.toString(), Object[].class).setParameter("me", viewerId);
    if (text != null && !text.isBlank()) {
      query.setParameter("text", "%" + escape(text.trim().toLowerCase(Locale.ROOT)) + "%");
    }
    if (cursor != null && !cursor.isBlank()) {
      query.setParameter("after", decode(cursor));
    }
    List<Object[]> rows = query.setMaxResults(limit + 1).getResultList();
    List<Space> spaces = new ArrayList<>();
    for (Object[] row : rows.subList(0, Math.min(limit, rows.size()))) {
      spaces.add(spaceOf(row));
    }
    String next = rows.size() > limit ? encode(spaces.getLast().slug()) : null;
    return new Page<>(spaces, next);
  }

  public boolean slugTaken(String slug) {
    return tx.session()
            .createSelectionQuery("select count(*) from SpaceEntity where slug = :slug", Long.class)
            .setParameter("slug", slug)
            .getSingleResult()
        > 0;
  }

  public long create(
      String slug,
      String name,
      String description,
      SpaceVisibility visibility,
      SpaceKind kind,
      long creatorId,
      Instant at) {
    SpaceEntity entity = new SpaceEntity();
    entity.slug = slug;
    entity.name = name;
    entity.description = description;
    entity.visibility = visibility.code();
    entity.kind = kind.code();
    entity.createdBy = creatorId;
    entity.createdAt = at;
    entity.updatedAt = at;
    tx.session().persist(entity);
    directoryChanged();
    return entity.id;
  }

  public void update(
      long spaceId, String name, String description, SpaceVisibility visibility, Instant at) {
    SpaceEntity entity = tx.session().find(SpaceEntity.class, spaceId);
    if (!entity.visibility.equals(visibility.code())) {
      directoryChanged();
    }
    entity.name = name;
    entity.description = description;
    entity.visibility = visibility.code();
    entity.updatedAt = at;
    flushForNativeReads();
  }

  public void archive(long spaceId, Instant at) {
    SpaceEntity entity = tx.session().find(SpaceEntity.class, spaceId);
    entity.archivedAt = at;
    entity.updatedAt = at;
    flushForNativeReads();
  }

  /** Spaces are read back with native SQL, which Hibernate does not flush pending changes for. */
  private void flushForNativeReads() {
    tx.session().flush();
  }

  public void setMember(long spaceId, long personId, SpaceRole role, Instant at) {
    int updated =
        tx.session()
            .createNativeMutationQuery(
                "update space_member set role = :role where space_id = :s and person_id = :p")
            .setParameter("role", role.code())
            .setParameter("s", spaceId)
            .setParameter("p", personId)
            .executeUpdate();
    if (updated == 0) {
      tx.session()
          .createNativeMutationQuery(
              "insert into space_member (space_id, person_id, role, created_at)"
                  + " values (:s, :p, :role, :at)")
          .setParameter("role", role.code())
          .setParameter("s", spaceId)
          .setParameter("p", personId)
          .setParameter("at", at)
          .executeUpdate();
    }
  }

  public boolean removeMember(long spaceId, long personId) {
    return tx.session()
            .createNativeMutationQuery(
                "delete from space_member where space_id = :s and person_id = :p")
            .setParameter("s", spaceId)
            .setParameter("p", personId)
            .executeUpdate()
        == 1;
  }

  public Optional<SpaceRole> role(long spaceId, long personId) {
    return tx.session()
        .createNativeQuery(
            "select role from space_member where space_id = :s and person_id = :p", String.class)
        .setParameter("s", spaceId)
        .setParameter("p", personId)
        .uniqueResultOptional()
        .map(SpaceRole::fromCode);
  }

  public long owners(long spaceId) {
    return ((Number)
            tx.session()
                .createNativeQuery(
                    "select count(*) from space_member where space_id = :s and role = 'owner'",
                    Object.class)
                .setParameter("s", spaceId)
                .getSingleResult())
        .longValue();
  }

  public List<SpaceMember> members(long spaceId) {
    return tx
        .session()
        .createNativeQuery(
            "select p.username, p.display_name, p.title, m.role, m.created_at from space_member m"
                + " join person p on p.id = m.person_id where m.space_id = :s"
                + " order by case m.role when 'owner' then 0 when 'expert' then 1 when 'member' then 2 else 3 end,"
                + " p.name_key",
            Object[].class)
        .setParameter("s", spaceId)
        .getResultList()
        .stream()
        .map(
            r ->
                new SpaceMember(
                    new PersonRef((String) r[0], (String) r[1], (String) r[2]),
                    SpaceRole.fromCode((String) r[3]),
                    Columns.instant(r[4])))
        .toList();
  }

  /** The ids of every member of {@code spaceId}, whatever their role. */
  public Set<Long> memberIds(long spaceId) {
    return new HashSet<>(
        tx.session()
            .createNativeQuery("select person_id from space_member where space_id = :s", Long.class)
            .setParameter("s", spaceId)
            .getResultList());
  }

  /** The ids of every space {@code personId} belongs to. */
  public Set<Long> memberSpaceIds(long personId) {
    return new HashSet<>(
        tx.session()
            .createNativeQuery("select space_id from space_member where person_id = :p", Long.class)
            .setParameter("p", personId)
            .getResultList());
  }

  /**
   * What search filters on: the spaces {@code personId} belongs to, read now, and every public and
   * every secret space, read again only when the directory version has moved. The version is read
   * before the lists, so lists kept under a version are never older than it.
   */
  public SearchSpaces searchSpaces(long personId) {
    long version = directoryVersion();
    SpaceDirectory known = directory.get();
    if (known == null || known.version() != version) {
      known =
          new SpaceDirectory(
              version, spaceIds(SpaceVisibility.PUBLIC), spaceIds(SpaceVisibility.SECRET));
      directory.set(known);
    }
    return new SearchSpaces(memberSpaceIds(personId), known.publicSpaces(), known.secretSpaces());
  }

  /** The space ids search needs for an employee: theirs, the public ones, the secret ones. */
  public record SearchSpaces(Set<Long> memberOf, Set<Long> publicSpaces, Set<Long> secretSpaces) {}

  private record SpaceDirectory(long version, Set<Long> publicSpaces, Set<Long> secretSpaces) {

    SpaceDirectory {
      publicSpaces = Set.copyOf(publicSpaces);
      secretSpaces = Set.copyOf(secretSpaces);
    }
  }

  private long directoryVersion() {
    return tx.session()
        .createNativeQuery("select version from space_directory where id = 1", Long.class)
        .getSingleResult();
  }

  private void directoryChanged() {
    tx.session().createNativeMutationQuery(DIRECTORY_CHANGED).executeUpdate();
  }

  private Set<Long> spaceIds(SpaceVisibility visibility) {
    return new HashSet<>(
        tx.session()
            .createNativeQuery("select id from space where visibility = :v", Long.class)
            .setParameter("v", visibility.code())
            .getResultList());
  }

  /** Everyone who belongs to at least one of {@code spaceIds}. */
  public Set<Long> memberIds(Set<Long> spaceIds) {
    if (spaceIds.isEmpty()) {
      return new HashSet<>();
    }
    return new HashSet<>(
        tx.session()
            .createNativeQuery(
                "select distinct person_id from space_member where space_id in (:s)", Long.class)
            .setParameterList("s", spaceIds)
            .getResultList());
  }

  /** Whether two people belong to at least one space together. */
  public boolean shareASpace(long personA, long personB) {
    return !tx.session()
        .createNativeQuery(
            "select 1 from space_member a join space_member b on a.space_id = b.space_id"
                + " where a.person_id = :a and b.person_id = :b",
            Object.class)
        .setParameter("a", personA)
        .setParameter("b", personB)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private static Space spaceOf(Object[] r) {
    return new Space(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        SpaceVisibility.fromCode((String) r[3]),
        SpaceKind.fromCode((String) r[4]),
        r[5] != null,
        Columns.instant(r[6]),
        ((Number) r[7]).longValue(),
        r[8] == null ? null : SpaceRole.fromCode((String) r[8]));
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String encode(String slug) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(slug.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadRequest("the cursor is not one this server handed out");
    }
  }
}
