package org.atrium.wiki.store;

import java.util.List;
import org.atrium.platform.db.Tx;

/**
 * Who watches which page, or which space's whole wiki. Watching twice is watching once; runs in the
 * transaction of the calling service.
 */
public final class WatchStore {

  private final Tx tx;

  public WatchStore(Tx tx) {
    this.tx = tx;
  }

  public void watchPage(long pageId, long personId) {
    tx.session()
        .createNativeMutationQuery(
            "insert into wiki_page_watch (page_id, person_id) select :page, :person from person"
                + " where id = :person and not exists (select 1 from wiki_page_watch"
                + " where page_id = :page and person_id = :person)")
        .setParameter("page", pageId)
        .setParameter("person", personId)
        .executeUpdate();
  }

  public void unwatchPage(long pageId, long personId) {
    tx.session()
        .createNativeMutationQuery(
            "delete from wiki_page_watch where page_id = :page and person_id = :person")
        .setParameter("page", pageId)
        .setParameter("person", personId)
        .executeUpdate();
  }

  public void watchSpace(long spaceId, long personId) {
    tx.session()
        .createNativeMutationQuery(
            "insert into wiki_space_watch (space_id, person_id) select :space, :person from person"
                + " where id = :person and not exists (select 1 from wiki_space_watch"
                + " where space_id = :space and person_id = :person)")
        .setParameter("space", spaceId)
        .setParameter("person", personId)
        .executeUpdate();
  }

  public void unwatchSpace(long spaceId, long personId) {
    tx.session()
        .createNativeMutationQuery(
            "delete from wiki_space_watch where space_id = :space and person_id = :person")
        .setParameter("space", spaceId)
        .setParameter("person", personId)
        .executeUpdate();
  }

  public boolean watchesPage(long pageId, long personId) {
    return !tx.session()
        .createNativeQuery(
            "select person_id from wiki_page_watch where page_id = :page and person_id = :person",
            Long.class)
        .setParameter("page", pageId)
        .setParameter("person", personId)
        .getResultList()
        .isEmpty();
  }

  public boolean watchesSpace(long spaceId, long personId) {
    return !tx.session()
        .createNativeQuery(
            "select person_id from wiki_space_watch where space_id = :space and person_id = :person",
            Long.class)
        .setParameter("space", spaceId)
        .setParameter("person", personId)
        .getResultList()
        .isEmpty();
  }

  /** Everyone watching page {@code pageId} or the whole wiki of its space. */
  public List<Long> watchers(long pageId) {
    return tx.session()
        .createNativeQuery(
            "select person_id from wiki_page_watch where page_id = :page union"
                + " select w.person_id from wiki_space_watch w join wiki_page p"
                + " on p.space_id = w.space_id where p.id = :page",
            Long.class)
        .setParameter("page", pageId)
        .getResultList();
  }

  /** The space page {@code pageId} belongs to. */
  public long spaceOf(long pageId) {
    return tx.session()
        .createNativeQuery("select space_id from wiki_page where id = :page", Long.class)
        .setParameter("page", pageId)
        .getSingleResult();
  }
}
