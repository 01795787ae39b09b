package org.atrium.platform.outbox;

import java.util.List;
import org.atrium.platform.db.Columns;
import org.atrium.platform.db.Tx;

/** Reads the committed events of the outbox, for the dispatcher and for replays on demand. */
public final class OutboxLog {

  private final Tx tx;

  public OutboxLog(Tx tx) {
    this.tx = tx;
  }

  /**
   * Committed events after {@code cursor}, oldest first, at most {@code limit}: for consumers that
   * replay history on demand, such as a live stream resuming from {@code Last-Event-ID}.
   */
  public List<OutboxEvent> eventsAfter(long cursor, int limit) {
    return tx.read(
        () ->
            tx
                .session()
                .createNativeQuery(
                    "select id, topic, aggregate_id, payload, created_at from outbox_event"
                        + " where id > :cursor order by id",
                    Object[].class)
                .setParameter("cursor", cursor)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(OutboxLog::event)
                .toList());
  }

  /** The id of the newest committed event, 0 when there is none. */
  public long latestEventId() {
    return tx.read(
        () ->
            ((Number)
                    tx.session()
                        .createNativeQuery(
                            "select coalesce(max(id), 0) from outbox_event", Object.class)
                        .getSingleResult())
                .longValue());
  }

  private static OutboxEvent event(Object[] row) {
    return new OutboxEvent(
        ((Number) row[0]).longValue(),
        (String) row[1],
        (String) row[2],
        (String) row[3],
        Columns.instant(row[4]));
  }
}
