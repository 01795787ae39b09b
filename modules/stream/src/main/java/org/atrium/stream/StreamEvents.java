package org.atrium.stream;

import java.util.Map;
import org.atrium.platform.index.IndexTopics;
import org.atrium.platform.outbox.Outbox;
import org.atrium.stream.store.StatusIndexSource;

/** The outbox events of the microblog, which notifications and live pushes react to. */
final class StreamEvents {

  static final String STATUS_CREATED = "status.created";
  static final String STATUS_UPDATED = "status.updated";
  static final String STATUS_DELETED = "status.deleted";
  static final String STATUS_FAVOURITED = "status.favourited";
  static final String PERSON_FOLLOWED = "person.followed";
  static final String NOTIFICATION_CREATED = "notification.created";

  private final Outbox outbox;

  StreamEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  void status(String topic, long statusId) {
    outbox.publish(topic, Long.toString(statusId), Map.of("status_id", statusId));
  }

  void favourited(long statusId, long personId) {
    outbox.publish(
        STATUS_FAVOURITED,
        Long.toString(statusId),
        Map.of("status_id", statusId, "person_id", personId));
  }

  /** A favourite was withdrawn: no one reacts to that, except the search index's reaction count. */
  void unfavourited(long statusId) {
    IndexTopics.refresh(outbox, StatusIndexSource.TYPE, Long.toString(statusId));
  }

  void followed(long followerId, long followeeId) {
    outbox.publish(
        PERSON_FOLLOWED,
        Long.toString(followeeId),
        Map.of("follower_id", followerId, "followee_id", followeeId));
  }

  void notificationCreated(long notificationId, long recipientId) {
    outbox.publish(
        NOTIFICATION_CREATED,
        Long.toString(recipientId),
        Map.of("notification_id", notificationId, "recipient_id", recipientId));
  }
}
