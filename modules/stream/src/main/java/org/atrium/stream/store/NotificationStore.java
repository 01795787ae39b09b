package org.atrium.stream.store;

import java.time.Instant;
import java.util.List;
import org.atrium.people.PersonRef;
import org.atrium.platform.db.Columns;
import org.atrium.platform.db.Tx;
import org.atrium.spaces.SpaceVisibility;
import org.atrium.stream.Notification;
import org.hibernate.query.NativeQuery;

/** Notifications, one per recipient, event and type. */
public final class NotificationStore {

  private final Tx tx;

  public NotificationStore(Tx tx) {
    this.tx = tx;
  }

  /** A stored notification before its status is loaded for the viewer. */
  public record Row(
      long id,
      String type,
      Instant createdAt,
      PersonRef actor,
      Long statusId,
      Long spaceId,
      String spaceSlug,
      String spaceName,
      SpaceVisibility spaceVisibility,
      Notification.PageRef page,
      String subjectUrl,
      String subjectTitle,
      String subjectNote) {}

  /**
   * Adds a notification unless the same event already gave this recipient one of this type (the
   * outbox may deliver an event twice); returns its id, or -1 when it existed.
   */
  public long add(
      long recipientId,
      String type,
      Long actorId,
      Long statusId,
      Long spaceId,
      long sourceEventId,
      Instant at) {
    return add(recipientId, type, actorId, statusId, spaceId, null, null, sourceEventId, at);
  }

  /**
   * As {@link #add(long, String, Long, Long, Long, long, Instant)}, about a wiki {@code page} or
   * another module's {@code subject} (each null when the notification is not about one).
   */
  public long add(
      long recipientId,
      String type,
      Long actorId,
      Long statusId,
      Long spaceId,
      Notification.PageRef page,
      Notification.Subject subject,
      long sourceEventId,
      Instant at) {
    int inserted =
        tx.session()
            .createNativeMutationQuery(
                "insert into notification (recipient_id, type, actor_id, status_id, space_id,"
                    + " page_slug, page_title, page_revision, subject_url, subject_title,"
                    + " subject_note, source_event_id, created_at)"
                    + " select :r, :type, :actor, :status, :space, :pageSlug, :pageTitle,"
                    + " :pageRevision, :url, :title, :note, :event, :at from person where id = :r"
                    + " and not exists (select 1 from notification where recipient_id = :r"
                    + " and source_event_id = :event and type = :type)")
            .setParameter("pageSlug", page == null ? null : page.slug(), String.class)
            .setParameter("pageTitle", page == null ? null : page.title(), String.class)
            .setParameter("pageRevision", page == null ? null : page.revision(), Integer.class)
            .setParameter("r", recipientId)
            .setParameter("type", type)
            .setParameter("actor", actorId, Long.class)
            .setParameter("status", statusId, Long.class)
            .setParameter("space", spaceId, Long.class)
            .setParameter("url", subject == null ? null : subject.url(), String.class)
            .setParameter("title", subject == null ? null : subject.title(), String.class)
            .setParameter("note", subject == null ? null : subject.note(), String.class)
            .setParameter("event", sourceEventId)
            .setParameter("at", at)
            .executeUpdate();
    if (inserted == 0) {
      return -1;
    }
    return tx.session()
        .createNativeQuery(
            "select id from notification where recipient_id = :r and source_event_id = :event"
                + " and type = :type",
            Long.class)
        .setParameter("r", recipientId)
        .setParameter("event", sourceEventId)
        .setParameter("type", type)
        .getSingleResult();
  }

  /** Undismissed notifications of {@code recipientId}, newest first. */
  public List<Row> list(long recipientId, Long maxId, int limit) {
    return rows(recipientId, maxId, null, limit);
  }

  public Row one(long recipientId, long notificationId) {
    List<Row> rows = rows(recipientId, null, notificationId, 1);
    return rows.isEmpty() ? null : rows.getFirst();
  }

  public boolean dismiss(long recipientId, long notificationId, Instant at) {
    return tx.session()
            .createNativeMutationQuery(
                "update notification set dismissed_at = :at where id = :id"
                    + " and recipient_id = :r and dismissed_at is null")
            .setParameter("at", at)
            .setParameter("id", notificationId)
            .setParameter("r", recipientId)
            .executeUpdate()
        == 1;
  }

  public void clear(long recipientId, Instant at) {
    tx.session()
        .createNativeMutationQuery(
            "update notification set dismissed_at = :at where recipient_id = :r"
                + " and dismissed_at is null")
        .setParameter("at", at)
        .setParameter("r", recipientId)
        .executeUpdate();
  }

  private List<Row> rows(long recipientId, Long maxId, Long onlyId, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "select n.id, n.type, n.created_at, a.username, a.display_name, a.title, n.status_id,"
                + " n.space_id, sp.slug, sp.name, sp.visibility, n.page_slug, n.page_title,"
                + " n.page_revision, n.subject_url, n.subject_title, n.subject_note"
                + " from notification n"
                + " left join person a on a.id = n.actor_id left join space sp on sp.id = n.space_id"
                + " where n.recipient_id = :r and n.dismissed_at is null");
    if (maxId != null) {
      sql.append(" and n.id < :max");
    }
    if (onlyId != null) {
      sql.append(" and n.id = :only");
    }
    sql.append(" order by n.id desc");
    NativeQuery<Object[]> query =
        tx.session()
            .createNativeQuery(sql.toString(), Object[].class)
            .setParameter("r", recipientId);
    if (maxId != null) {
      query.setParameter("max", maxId);
    }
    if (onlyId != null) {
      query.setParameter("only", onlyId);
    }
    return query.setMaxResults(limit).getResultList().stream()
        .map(
            r ->
                new Row(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    Columns.instant(r[2]),
                    r[3] == null
                        ? null
                        : new PersonRef((String) r[3], (String) r[4], (String) r[5]),
                    r[6] == null ? null : ((Number) r[6]).longValue(),
                    r[7] == null ? null : ((Number) r[7]).longValue(),
                    (String) r[8],
                    (String) r[9],
                    r[10] == null ? null : SpaceVisibility.fromCode((String) r[10]),
                    r[11] == null
                        ? null
                        : new Notification.PageRef(
                            (String) r[11], (String) r[12], ((Number) r[13]).intValue()),
                    (String) r[14],
                    (String) r[15],
                    (String) r[16]))
        .toList();
  }
}
