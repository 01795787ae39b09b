package org.atrium.stream;

import java.time.Clock;
import org.atrium.platform.outbox.Outbox;
import org.atrium.stream.store.NotificationStore;

/**
 * Lets other modules notify someone about their own things (a question routed to an expert, an
 * answer to a question), in the caller's transaction, with the same live push as every
 * notification. Readers see such a notification only while they may read the space it is in.
 */
public final class NotificationSender {

  private final NotificationStore store;
  private final StreamEvents events;
  private final Clock clock;

  public NotificationSender(NotificationStore store, Outbox outbox, Clock clock) {
    this.store = store;
    this.events = new StreamEvents(outbox);
    this.clock = clock;
  }

  /**
   * Notifies {@code recipientId} once per {@code sourceEventId} and type, about {@code subject} in
   * space {@code spaceId}; must run inside a transaction. Answers whether it was new.
   */
  public boolean send(
      long recipientId,
      String type,
      Long actorId,
      long spaceId,
      Notification.Subject subject,
      long sourceEventId) {
    long id =
        store.add(
            recipientId,
            type,
            actorId,
            null,
            spaceId,
            null,
            subject,
            sourceEventId,
            clock.instant());
    if (id > 0) {
      events.notificationCreated(id, recipientId);
    }
    return id > 0;
  }
}
