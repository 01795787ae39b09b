package org.atrium.stream;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.NotFound;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.ReadableSpaces;
import org.atrium.stream.store.NotificationStore;
import org.atrium.stream.store.StatusStore;

/**
 * A person's notifications. Each is checked against the access policy when it is read, not only
 * when it was made: someone who has left a private space no longer sees notifications about it, nor
 * about its wiki pages.
 */
public final class NotificationService {

  public static final int MAX_LIMIT = 40;

  private final Tx tx;
  private final NotificationStore store;
  private final StatusStore statuses;
  private final AccessPolicy policy;
  private final Clock clock;

  public NotificationService(
      Tx tx, NotificationStore store, StatusStore statuses, AccessPolicy policy, Clock clock) {
    this.tx = tx;
    this.store = store;
    this.statuses = statuses;
    this.policy = policy;
    this.clock = clock;
  }

  public List<Notification> list(Caller caller, Long maxId, int limit) {
    return tx.read(
        () -> {
          List<NotificationStore.Row> rows = store.list(caller.accountId(), maxId, limit);
          Map<Long, Status> readableStatuses = readableStatuses(caller, rows);
          ReadableSpaces readable = policy.readableSpaces(caller);
          List<Notification> visible = new ArrayList<>();
          for (NotificationStore.Row row : rows) {
            visible(readable, readableStatuses, row).ifPresent(visible::add);
          }
          return visible;
        });
  }

  /** One notification, if it is the caller's and still visible to them. */
  public Optional<Notification> one(Caller caller, long notificationId) {
    return tx.read(
        () ->
            Optional.ofNullable(store.one(caller.accountId(), notificationId))
                .flatMap(
                    row ->
                        visible(
                            policy.readableSpaces(caller),
                            readableStatuses(caller, List.of(row)),
                            row)));
  }

  /** How many visible notifications are waiting, up to {@code MAX_LIMIT}. */
  public int unreadCount(Caller caller) {
    return list(caller, null, MAX_LIMIT).size();
  }

  public void dismiss(Caller caller, long notificationId) {
    tx.write(
        () -> {
          if (!store.dismiss(caller.accountId(), notificationId, clock.instant())) {
            throw new NotFound("no notification " + notificationId);
          }
        });
  }

  public void clear(Caller caller) {
    tx.write(() -> store.clear(caller.accountId(), clock.instant()));
  }

  /** The statuses the rows are about, by id, of those the caller may read now. */
  private Map<Long, Status> readableStatuses(Caller caller, List<NotificationStore.Row> rows) {
    Set<Long> ids = new HashSet<>();
    rows.stream().map(NotificationStore.Row::statusId).filter(Objects::nonNull).forEach(ids::add);
    return statuses.readable(ids, policy.contentRule(caller));
  }

  private Optional<Notification> visible(
      ReadableSpaces readable, Map<Long, Status> readableStatuses, NotificationStore.Row row) {
    Status status = null;
    if (row.statusId() != null) {
      status = readableStatuses.get(row.statusId());
      if (status == null) {
        return Optional.empty();
      }
    }
    Notification.Subject subject = null;
    if (row.page() != null || row.subjectUrl() != null) {
      if (!readable.includes(row.spaceId(), row.spaceVisibility())) {
        return Optional.empty();
      }
      if (row.subjectUrl() != null) {
        subject = new Notification.Subject(row.subjectUrl(), row.subjectTitle(), row.subjectNote());
      }
    } else if (row.spaceId() != null && !readable.memberOf().contains(row.spaceId())) {
      return Optional.empty();
    }
    Status.SpaceRef space =
        row.spaceSlug() == null ? null : new Status.SpaceRef(row.spaceSlug(), row.spaceName());
    return Optional.of(
        new Notification(
            row.id(),
            row.type(),
            row.createdAt(),
            row.actor(),
            status,
            space,
            row.page(),
            subject));
  }
}
