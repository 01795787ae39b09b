package org.atrium.wiki.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.atrium.people.Page;
import org.atrium.platform.db.Columns;
import org.atrium.platform.db.Tx;
import org.atrium.wiki.Author;
import org.atrium.wiki.PageRow;
import org.atrium.wiki.PageSummary;
import org.atrium.wiki.Revision;
import org.atrium.wiki.RevisionSummary;
import org.atrium.wiki.RevisionTaken;
import org.atrium.wiki.WikiPage;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.query.NativeQuery;

/** Pages, revisions and links; runs in the transaction of the calling service. */
public final class WikiStore {

  /** The entities this store maps, for the session factory. */
  public static final List<Class<?>> ENTITIES = List.of(PageEntity.class);

  /** The current revision of page {@code p}: its highest number. */
  private static final String LATEST =
      "(select max(x.number) from wiki_revision x where x.page_id = p.id)";

  private static final String ROW =
      "select p.id, p.slug, p.parent_id, " + LATEST + ", p.deleted_at from wiki_page p";

  /** Pages with their current revision {@code r} and parent {@code up}. */
  private static final String SUMMARY =
      "select p.slug, r.title, up.slug, r.number, r.created_at from wiki_page p"
          + " join wiki_revision r on r.page_id = p.id and r.number = "
          + LATEST
          + " left join wiki_page up on up.id = p.parent_id";

  private final Tx tx;

  public WikiStore(Tx tx) {
    this.tx = tx;
  }

  /** The page {@code slug} of a space, deleted or not. */
  public Optional<PageRow> find(long spaceId, String slug) {
    return tx.session()
        .createNativeQuery(ROW + " where p.space_id = :space and p.slug = :slug", Object[].class)
        .setParameter("space", spaceId)
        .setParameter("slug", slug)
        .uniqueResultOptional()
        .map(WikiStore::pageRow);
  }

  /**
   * The page {@code slug} of a space, its row locked until the transaction ends: another save of
   * the page waits here, so saves check the current revision one after the other. The current
   * revision is read once the lock is held. The lock alone is not relied on, though: see {@link
   * #addRevision}.
   */
  public Optional<PageRow> lock(long spaceId, String slug) {
    return tx.session()
        .createNativeQuery(
            "select id from wiki_page where space_id = :space and slug = :slug for update",
            Long.class)
        .setParameter("space", spaceId)
        .setParameter("slug", slug)
        .uniqueResultOptional()
        .flatMap(this::row);
  }

  /**
   * Serialises changes to the shape of a space's page tree (moves, creates under a parent, deletes,
   * undeletes) by locking the space's row until the transaction ends, so that two moves cannot
   * together make a cycle, nor a page be created under a parent being deleted.
   */
  public void lockTree(long spaceId) {
    tx.session()
        .createNativeQuery("select id from space where id = :space for update", Long.class)
        .setParameter("space", spaceId)
        .getSingleResult();
  }

  public Optional<PageRow> row(long pageId) {
    return tx.session()
        .createNativeQuery(ROW + " where p.id = :id", Object[].class)
        .setParameter("id", pageId)
        .uniqueResultOptional()
        .map(WikiStore::pageRow);
  }

  /** Creates a page; its first revision is added with {@link #addRevision}. */
  public long create(long spaceId, String slug, Long parentId, long authorId, Instant at) {
    PageEntity entity = new PageEntity();
    entity.spaceId = spaceId;
    entity.slug = slug;
    entity.parentId = parentId;
    entity.createdBy = authorId;
    entity.createdAt = at;
    tx.session().persist(entity);
    tx.session().flush();
    return entity.id;
  }

  public void setParent(long pageId, Long parentId) {
    tx.session()
        .createNativeMutationQuery("update wiki_page set parent_id = :parent where id = :id")
        .setParameter("parent", parentId, Long.class)
        .setParameter("id", pageId)
        .executeUpdate();
  }

  /**
   * Appends revision {@code number}, or throws {@link RevisionTaken} when another save has written
   * that number first. This primary key, not the page lock alone, is what guarantees that of two
   * saves based on the same revision only one succeeds.
   */
  public void addRevision(
      long pageId,
      int number,
      String title,
      String body,
      String comment,
      long authorId,
      Instant at) {
    try {
      tx.session()
          .createNativeMutationQuery(
              "insert into wiki_revision (page_id, number, title, body, comment, author_id,"
                  + " created_at) values (:page, :number, :title, :body, :comment, :author, :at)")
          .setParameter("page", pageId)
          .setParameter("number", number)
          .setParameter("title", title)
          .setParameter("body", body)
          .setParameter("comment", comment, String.class)
          .setParameter("author", authorId)
          .setParameter("at", at)
          .executeUpdate();
    } catch (ConstraintViolationException e) {
      throw new RevisionTaken(pageId, number);
    }
  }

  /** Replaces the pages {@code pageId} links to. */
  public void setLinks(long pageId, Collection<String> targetSlugs) {
    tx.session()
        .createNativeMutationQuery("delete from wiki_link where page_id = :page")
        .setParameter("page", pageId)
        .executeUpdate();
    for (String target : targetSlugs) {
      tx.session()
          .createNativeMutationQuery(
              "insert into wiki_link (page_id, target_slug) values (:page, :target)")
          .setParameter("page", pageId)
          .setParameter("target", target)
          .executeUpdate();
    }
  }

  public void delete(long pageId, long byId, Instant at) {
    tx.session()
        .createNativeMutationQuery(
            "update wiki_page set deleted_by = :by, deleted_at = :at where id = :id")
        .setParameter("by", byId)
        .setParameter("at", at)
        .setParameter("id", pageId)
        .executeUpdate();
  }

  public void undelete(long pageId) {
    tx.session()
        .createNativeMutationQuery(
            "update wiki_page set deleted_by = null, deleted_at = null where id = :id")
        .setParameter("id", pageId)
        .executeUpdate();
  }

  public boolean hasLiveChildren(long pageId) {
    return !tx.session()
        .createNativeQuery(
            "select 1 from wiki_page where parent_id = :page and deleted_at is null", Object.class)
        .setParameter("page", pageId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Whether {@code pageId} is {@code rootId} or a page below it in the tree. */
  public boolean isInSubtree(long pageId, long rootId) {
    Set<Long> seen = new HashSet<>();
    for (Long up = pageId; up != null && seen.add(up); up = parentOf(up)) {
      if (up == rootId) {
        return true;
      }
    }
    return false;
  }

  /** A page at its current revision. */
  public WikiPage page(String space, long pageId) {
    Object[] r =
        tx.session()
            .createNativeQuery(
                "select p.slug, r.title, up.slug, r.body, r.number, p.created_at, r.created_at,"
                    + " a.username, a.display_name from wiki_page p"
                    + " join wiki_revision r on r.page_id = p.id and r.number = "
                    + LATEST
                    + " join person a on a.id = r.author_id"
                    + " left join wiki_page up on up.id = p.parent_id where p.id = :id",
                Object[].class)
            .setParameter("id", pageId)
            .getSingleResult();
    return new WikiPage(
        space,
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        null,
        ((Number) r[4]).intValue(),
        Columns.instant(r[5]),
        Columns.instant(r[6]),
        new Author((String) r[7], (String) r[8]));
  }

  /** The pages of a space that are not deleted, by title. */
  public List<PageSummary> tree(long spaceId) {
    return tx
        .session()
        .createNativeQuery(
            SUMMARY
                + " where p.space_id = :space and p.deleted_at is null"
                + " order by lower(r.title), p.slug",
            Object[].class)
        .setParameter("space", spaceId)
        .getResultList()
        .stream()
        .map(WikiStore::summary)
        .toList();
  }

  /** The deleted pages of a space, by title, so that they can be brought back. */
  public List<PageSummary> deleted(long spaceId) {
    return tx
        .session()
        .createNativeQuery(
            SUMMARY
                + " where p.space_id = :space and p.deleted_at is not null"
                + " order by lower(r.title), p.slug",
            Object[].class)
        .setParameter("space", spaceId)
        .getResultList()
        .stream()
        .map(WikiStore::summary)
        .toList();
  }

  /** Live pages of the space linking to {@code slug}, other than itself, by slug. */
  public Page<PageSummary> backlinks(
      long spaceId, long pageId, String slug, String afterSlug, int limit) {
    String sql =
        SUMMARY
            + " join wiki_link l on l.page_id = p.id where p.space_id = :space"
            + " and l.target_slug = :slug and p.deleted_at is null and p.id <> :page"
            + (afterSlug == null ? "" : " and p.slug > :after")
            + " order by p.slug";
    NativeQuery<Object[]> query =
        tx.session()
            .createNativeQuery(sql, Object[].class)
            .setParameter("space", spaceId)
            .setParameter("slug", slug)
            .setParameter("page", pageId);
    if (afterSlug != null) {
      query.setParameter("after", afterSlug);
    }
    List<PageSummary> found =
        query.setMaxResults(limit + 1).getResultList().stream().map(WikiStore::summary).toList();
    return firstPage(found, limit, PageSummary::slug);
  }

  /** The revisions of a page, newest first, older than {@code before} when it is set. */
  public Page<RevisionSummary> revisions(long pageId, Integer before, int limit) {
    String sql =
        "select r.number, r.title, r.comment, a.username, a.display_name, r.created_at"
            + " from wiki_revision r join person a on a.id = r.author_id where r.page_id = :page"
            + (before == null ? "" : " and r.number < :before")
            + " order by r.number desc";
    NativeQuery<Object[]> query =
        tx.session().createNativeQuery(sql, Object[].class).setParameter("page", pageId);
    if (before != null) {
      query.setParameter("before", before);
    }
    List<RevisionSummary> found =
        query.setMaxResults(limit + 1).getResultList().stream()
            .map(
                r ->
                    new RevisionSummary(
                        ((Number) r[0]).intValue(),
                        (String) r[1],
                        (String) r[2],
                        new Author((String) r[3], (String) r[4]),
                        Columns.instant(r[5])))
            .toList();
    return firstPage(found, limit, r -> Integer.toString(r.number()));
  }

  public Optional<Revision> revision(String space, long pageId, int number) {
    return tx.session()
        .createNativeQuery(
            "select r.number, r.title, r.body, r.comment, a.username, a.display_name,"
                + " r.created_at from wiki_revision r join person a on a.id = r.author_id"
                + " where r.page_id = :page and r.number = :number",
            Object[].class)
        .setParameter("page", pageId)
        .setParameter("number", number)
        .uniqueResultOptional()
        .map(
            r ->
                new Revision(
                    space,
                    ((Number) r[0]).intValue(),
                    (String) r[1],
                    (String) r[2],
                    null,
                    (String) r[3],
                    new Author((String) r[4], (String) r[5]),
                    Columns.instant(r[6])));
  }

  private Long parentOf(long pageId) {
    return tx.session()
        .createNativeQuery("select parent_id from wiki_page where id = :id", Long.class)
        .setParameter("id", pageId)
        .uniqueResultOptional()
        .orElse(null);
  }

  private static PageRow pageRow(Object[] r) {
    return new PageRow(
        ((Number) r[0]).longValue(),
        (String) r[1],
        r[2] == null ? null : ((Number) r[2]).longValue(),
        ((Number) r[3]).intValue(),
        r[4] != null);
  }

  private static PageSummary summary(Object[] r) {
    return new PageSummary(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        ((Number) r[3]).intValue(),
        Columns.instant(r[4]));
  }

  /** The first {@code limit} of {@code found} (which holds one more when there is a next page). */
  private static <T> Page<T> firstPage(List<T> found, int limit, Function<T, String> cursorOf) {
    List<T> items = new ArrayList<>(found.subList(0, Math.min(limit, found.size())));
    String next = found.size() > limit ? cursorOf.apply(items.getLast()) : null;
    return new Page<>(items, next);
  }
}
