package org.atrium.stream.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.atrium.people.PersonRef;
import org.atrium.platform.db.Columns;
import org.atrium.platform.db.Tx;
import org.atrium.spaces.ContentRule;
import org.atrium.spaces.SpaceVisibility;
import org.atrium.stream.Status;
import org.atrium.stream.StatusEdit;
import org.atrium.stream.StatusRow;
import org.atrium.stream.TimelineQuery;
import org.hibernate.query.NativeQuery;

/** Statuses, their mentions, tags, favourites and edit history. */
public final class StatusStore {

  /** The entities this store maps, for the session factory. */
  public static final List<Class<?>> ENTITIES = List.of(StatusEntity.class);

  private static final String COLUMNS =
      "select s.id, s.created_at, s.edited_at, a.username, a.display_name, a.title, sp.slug,"
          + " sp.name, s.content, s.text, s.in_reply_to_id, s.favourites_count, s.replies_count,"
          + " (select count(*) from favourite f where f.status_id = s.id"
          + " and f.person_id = :"
          + ContentRule.READER
          + ")"
          + " from status s join person a on a.id = s.author_id"
          + " left join space sp on sp.id = s.space_id";

  /** How many of the newest statuses a home page walks before it starts from its sources. */
  static final int HOME_WINDOW = 4_000;

  private final Tx tx;

  public StatusStore(Tx tx) {
    this.tx = tx;
  }

  public long insert(
      long authorId,
      Long spaceId,
      Long inReplyToId,
      Long threadRootId,
      String text,
      String content,
      Instant at) {
    StatusEntity entity = new StatusEntity();
    entity.authorId = authorId;
    entity.spaceId = spaceId;
    entity.inReplyToId = inReplyToId;
    entity.text = text;
    entity.content = content;
    entity.createdAt = at;
    tx.session().persist(entity);
    entity.threadRootId = threadRootId == null ? entity.id : threadRootId;
    tx.session().flush();
    return entity.id;
  }

  /** Replaces the text, keeping the previous one in the history. */
  public void edit(long statusId, String text, String content, Instant at) {
    StatusEntity entity = tx.session().find(StatusEntity.class, statusId);
    tx.session()
        .createNativeMutationQuery(
            "insert into status_edit (status_id, text, edited_at) values (:s, :text, :at)")
        .setParameter("s", statusId)
        .setParameter("text", entity.text)
        .setParameter("at", at)
        .executeUpdate();
    entity.text = text;
    entity.content = content;
    entity.editedAt = at;
    tx.session().flush();
  }

  public void delete(long statusId, Instant at) {
    StatusEntity entity = tx.session().find(StatusEntity.class, statusId);
    entity.deletedAt = at;
    tx.session().flush();
  }

  public Optional<StatusRow> row(long statusId) {
    return tx.session()
        .createNativeQuery(
            "select s.id, s.author_id, s.space_id, sp.slug, sp.visibility, s.in_reply_to_id,"
                + " s.thread_root_id, s.text, s.deleted_at from status s"
                + " left join space sp on sp.id = s.space_id where s.id = :id",
            Object[].class)
        .setParameter("id", statusId)
        .uniqueResultOptional()
        .map(
            r ->
                new StatusRow(
                    number(r[0]),
                    number(r[1]),
                    r[2] == null ? null : number(r[2]),
                    (String) r[3],
                    r[4] == null ? null : SpaceVisibility.fromCode((String) r[4]),
                    r[5] == null ? null : number(r[5]),
                    number(r[6]),
                    (String) r[7],
                    r[8] != null));
  }

  public void setMentions(long statusId, Collection<Long> personIds) {
    tx.session()
        .createNativeMutationQuery("delete from status_mention where status_id = :s")
        .setParameter("s", statusId)
        .executeUpdate();
    for (long personId : personIds) {
      tx.session()
          .createNativeMutationQuery(
              "insert into status_mention (status_id, person_id) values (:s, :p)")
          .setParameter("s", statusId)
          .setParameter("p", personId)
          .executeUpdate();
    }
  }

  public void setTags(long statusId, Collection<String> tags) {
    tx.session()
        .createNativeMutationQuery("delete from status_tag where status_id = :s")
        .setParameter("s", statusId)
        .executeUpdate();
    for (String tag : tags) {
      tx.session()
          .createNativeMutationQuery("insert into status_tag (status_id, tag) values (:s, :t)")
          .setParameter("s", statusId)
          .setParameter("t", tag)
          .executeUpdate();
    }
  }

  public List<Long> mentionedIds(long statusId) {
    return tx.session()
        .createNativeQuery("select person_id from status_mention where status_id = :s", Long.class)
        .setParameter("s", statusId)
        .getResultList();
  }

  public List<String> tagsOf(long statusId) {
    return tx.session()
        .createNativeQuery("select tag from status_tag where status_id = :s", String.class)
        .setParameter("s", statusId)
        .getResultList();
  }

  public void addReplies(long statusId, int delta) {
    tx.session()
        .createNativeMutationQuery(
            "update status set replies_count = replies_count + :d where id = :s")
        .setParameter("d", delta)
        .setParameter("s", statusId)
        .executeUpdate();
  }

  /** Favourites a status once; false if the person had already favourited it. */
  public boolean favourite(long statusId, long personId, Instant at) {
    boolean added =
        tx.session()
                .createNativeMutationQuery(
                    "insert into favourite (status_id, person_id, created_at)"
                        + " select :s, :p, :at from status where id = :s and not exists"
                        + " (select 1 from favourite where status_id = :s and person_id = :p)")
                .setParameter("s", statusId)
                .setParameter("p", personId)
                .setParameter("at", at)
                .executeUpdate()
            == 1;
    if (added) {
      adjustFavourites(statusId, 1);
    }
    return added;
  }

  public boolean unfavourite(long statusId, long personId) {
    boolean removed =
        tx.session()
                .createNativeMutationQuery(
                    "delete from favourite where status_id = :s and person_id = :p")
                .setParameter("s", statusId)
                .setParameter("p", personId)
                .executeUpdate()
            == 1;
    if (removed) {
      adjustFavourites(statusId, -1);
    }
    return removed;
  }

  /** Everyone who has favourited {@code statusId}. */
  public Set<Long> favouritedBy(long statusId) {
    return new HashSet<>(
        tx.session()
            .createNativeQuery("select person_id from favourite where status_id = :s", Long.class)
            .setParameter("s", statusId)
            .getResultList());
  }

  public List<StatusEdit> history(long statusId) {
    return tx
        .session()
        .createNativeQuery(
            "select text, edited_at from status_edit where status_id = :s order by id",
            Object[].class)
        .setParameter("s", statusId)
        .getResultList()
        .stream()
        .map(r -> new StatusEdit((String) r[0], Columns.instant(r[1])))
        .toList();
  }

  /** Every status of a thread as (id, in-reply-to id), oldest first, deleted ones included. */
  public Map<Long, Long> thread(long rootId) {
    Map<Long, Long> parents = new LinkedHashMap<>();
    tx.session()
        .createNativeQuery(
            "select id, in_reply_to_id from status where thread_root_id = :r order by id",
            Object[].class)
        .setParameter("r", rootId)
        .getResultList()
        .forEach(r -> parents.put(number(r[0]), r[1] == null ? null : number(r[1])));
    return parents;
  }

  /**
   * A page of statuses from {@code scope} that the reader of {@code readable} may read, newest
   * first. Every read of statuses for a viewer goes through here, with the access filter always
   * applied.
   *
   * <p>A home page is fanned out on read in two steps, so that its cost stays bounded however dense
   * or sparse the viewer's home is. First it walks only the newest {@link #HOME_WINDOW} statuses
   * (below {@code max_id}), newest first, stopping at a full page: enough for anyone who follows a
   * few active people, tags or spaces. Only a sparse home fills less than a page there; it then
   * starts from its sources instead (own posts, followed people, spaces, followed tags), which for
   * such a home are few. Either way the page is the one the plain query would return.
   */
  public List<Status> page(Scope scope, ContentRule readable, TimelineQuery query) {
    boolean ascending = query.minId() != null && query.maxId() == null;
    List<Object[]> rows;
    if (scope instanceof Scope.Home home && !ascending) {
      rows =
          select(
              readable, query, (sql, params) -> appendHome(sql, params, home, true, query.maxId()));
      if (rows.size() < query.limit()) {
        rows = select(readable, query, (sql, params) -> appendHome(sql, params, home, false, null));
      }
    } else {
      rows = select(readable, query, (sql, params) -> appendScope(sql, params, scope));
    }
    List<Status> statuses = withMentionsAndTags(rows);
    if (ascending) {
      statuses = new ArrayList<>(statuses);
      java.util.Collections.reverse(statuses);
    }
    return statuses;
  }

  /** Of the statuses {@code ids}, those the reader of {@code readable} may read, by id. */
  public Map<Long, Status> readable(Collection<Long> ids, ContentRule readable) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, Status> byId = new HashMap<>();
    page(new Scope.Ids(List.copyOf(ids)), readable, TimelineQuery.latest(ids.size()))
        .forEach(status -> byId.put(status.id(), status));
    return byId;
  }

  /** Adds a scope's conditions to a status query. */
  @FunctionalInterface
  private interface ScopeSql {
    void append(StringBuilder sql, Map<String, Object> params);
  }

  private List<Object[]> select(ContentRule readable, TimelineQuery query, ScopeSql scope) {
    StringBuilder sql =
        new StringBuilder(COLUMNS)
            .append(" where s.deleted_at is null and ")
            .append(readable.where("s.space_id", "sp.visibility"));
    Map<String, Object> params = new HashMap<>();
    params.put(ContentRule.READER, readable.readerId());
    scope.append(sql, params);
    if (query.maxId() != null) {
      sql.append(" and s.id < :max");
      params.put("max", query.maxId());
    }
    boolean ascending = query.minId() != null && query.maxId() == null;
    if (query.minId() != null) {
      sql.append(" and s.id > :min");
      params.put("min", query.minId());
    }
    sql.append(ascending ? " order by s.id asc" : " order by s.id desc");
    NativeQuery<Object[]> nativeQuery =
        tx.session().createNativeQuery(sql.toString(), Object[].class);
    params.forEach(
        (name, value) -> {
          if (value instanceof Collection<?> list) {
            nativeQuery.setParameterList(name, list);
          } else {
            nativeQuery.setParameter(name, value);
          }
        });
    return nativeQuery.setMaxResults(query.limit()).getResultList();
  }

  /**
   * The home scope: statuses by the viewer or people they follow, in their spaces, or with tags
   * they follow. {@code recent} keeps to the newest {@link #HOME_WINDOW} statuses below {@code
   * max_id}, checking each against the sources; otherwise the candidates come from the sources.
   */
  private static void appendHome(
      StringBuilder sql, Map<String, Object> params, Scope.Home home, boolean recent, Long maxId) {
    params.put("home", home.viewerId());
    if (recent) {
      sql.append(
          " and (s.author_id = :home or s.author_id in (select followee_id from follow"
              + " where follower_id = :home) or s.space_id in (select space_id from space_member"
              + " where person_id = :home) or exists (select 1 from status_tag t join tag_follow tf"
              + " on tf.tag = t.tag and tf.person_id = :home where t.status_id = s.id))");
      if (maxId != null) {
        sql.append(" and s.id >= :floor");
        params.put("floor", maxId - HOME_WINDOW);
      } else {
        sql.append(" and s.id > (select coalesce(max(id), 0) from status) - :window");
        params.put("window", HOME_WINDOW);
      }
    } else {
      sql.append(
          " and s.id in (select id from status where author_id = :home"
              + " union select h.id from status h join follow f on h.author_id = f.followee_id"
              + " where f.follower_id = :home"
              + " union select h.id from status h join space_member m on h.space_id = m.space_id"
              + " where m.person_id = :home"
              + " union select t.status_id from status_tag t join tag_follow tf on tf.tag = t.tag"
              + " where tf.person_id = :home)");
    }
  }

  private static void appendScope(StringBuilder sql, Map<String, Object> params, Scope scope) {
    switch (scope) {
      case Scope.Home home -> appendHome(sql, params, home, false, null);
      case Scope.Tag tag -> {
        sql.append(
            " and exists (select 1 from status_tag t where t.status_id = s.id and t.tag = :tag)");
        params.put("tag", tag.tag());
      }
      case Scope.InSpace space -> {
        sql.append(" and s.space_id = :space");
        params.put("space", space.spaceId());
      }
      case Scope.ByAuthor author -> {
        sql.append(" and s.author_id = :author");
        params.put("author", author.authorId());
      }
      case Scope.Ids ids -> {
        sql.append(" and s.id in (:ids)");
        params.put("ids", ids.ids().isEmpty() ? List.of(-1L) : ids.ids());
      }
    }
  }

  private List<Status> withMentionsAndTags(List<Object[]> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(r -> number(r[0])).toList();
    Map<Long, List<PersonRef>> mentions = new HashMap<>();
    tx.session()
        .createNativeQuery(
            "select m.status_id, p.username, p.display_name, p.title from status_mention m"
                + " join person p on p.id = m.person_id where m.status_id in (:ids)",
            Object[].class)
        .setParameterList("ids", ids)
        .getResultList()
        .forEach(
            r ->
                mentions
                    .computeIfAbsent(number(r[0]), k -> new ArrayList<>())
                    .add(new PersonRef((String) r[1], (String) r[2], (String) r[3])));
    Map<Long, List<String>> tags = new HashMap<>();
    tx.session()
        .createNativeQuery(
            "select status_id, tag from status_tag where status_id in (:ids) order by tag",
            Object[].class)
        .setParameterList("ids", ids)
        .getResultList()
        .forEach(
            r -> tags.computeIfAbsent(number(r[0]), k -> new ArrayList<>()).add((String) r[1]));
    return rows.stream()
        .map(
            r -> {
              long id = number(r[0]);
              return new Status(
                  id,
                  Columns.instant(r[1]),
                  Columns.instant(r[2]),
                  new PersonRef((String) r[3], (String) r[4], (String) r[5]),
                  r[6] == null ? null : new Status.SpaceRef((String) r[6], (String) r[7]),
                  (String) r[8],
                  (String) r[9],
                  r[10] == null ? null : number(r[10]),
                  mentions.getOrDefault(id, List.of()),
                  tags.getOrDefault(id, List.of()),
                  (int) number(r[11]),
                  (int) number(r[12]),
                  number(r[13]) > 0);
            })
        .toList();
  }

  private void adjustFavourites(long statusId, int delta) {
    tx.session()
        .createNativeMutationQuery(
            "update status set favourites_count = favourites_count + :d where id = :s")
        .setParameter("d", delta)
        .setParameter("s", statusId)
        .executeUpdate();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
