package org.atrium.stream;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.db.Tx;
import org.atrium.platform.outbox.OutboxConsumer;
import org.atrium.platform.outbox.OutboxEvent;
import org.atrium.platform.outbox.OutboxLog;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.ContentReaders;
import org.atrium.stream.store.FollowStore;
import org.atrium.stream.store.Scope;
import org.atrium.stream.store.StatusStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes committed events to connected clients: new and edited statuses that belong in their home
 * timeline, deletions, and their notifications. Every push is re-read through the access policy as
 * that client, so the live stream shows exactly what a timeline reload would. A client resuming
 * with {@code Last-Event-ID} first gets what it missed, replayed from the outbox.
 */
public final class LiveHub implements OutboxConsumer, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LiveHub.class);
  private static final Set<String> TOPICS =
      Set.of(
          StreamEvents.STATUS_CREATED,
          StreamEvents.STATUS_UPDATED,
          StreamEvents.STATUS_DELETED,
          StreamEvents.NOTIFICATION_CREATED);
  private static final int REPLAY_LIMIT = 500;
  private static final Duration HEARTBEAT = Duration.ofSeconds(15);

  private final Tx tx;
  private final StatusStore statuses;
  private final FollowStore follows;
  private final AccessPolicy policy;
  private final NotificationService notifications;
  private final OutboxLog log;
  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
  private final ReentrantLock delivery = new ReentrantLock();
  private final Thread heartbeats;

  public LiveHub(
      Tx tx,
      StatusStore statuses,
      FollowStore follows,
      AccessPolicy policy,
      NotificationService notifications) {
    this.tx = tx;
    this.statuses = statuses;
    this.follows = follows;
    this.policy = policy;
    this.notifications = notifications;
    this.log = new OutboxLog(tx);
    this.heartbeats = Thread.ofVirtual().name("live-heartbeats").start(this::beat);
  }

  /**
   * Connects a client; with {@code lastEventId}, what it missed since is sent first. Returns a
   * handle that disconnects it.
   */
  public AutoCloseable subscribe(Caller caller, LiveListener listener, Long lastEventId) {
    Subscriber subscriber = new Subscriber(caller, listener);
    delivery.lock();
    try {
      if (lastEventId != null) {
        for (OutboxEvent event : log.eventsAfter(lastEventId, REPLAY_LIMIT)) {
          if (accepts(event.topic())) {
            route(event, List.of(subscriber));
          }
        }
      }
      subscribers.add(subscriber);
    } finally {
      delivery.unlock();
    }
    return () -> subscribers.remove(subscriber);
  }

  public int connected() {
    return subscribers.size();
  }

  @Override
  public String name() {
    return "live";
  }

  @Override
  public boolean accepts(String topic) {
    return TOPICS.contains(topic);
  }

  @Override
  public boolean fromLatest() {
    return true;
  }

  @Override
  public void handle(OutboxEvent event) {
    if (subscribers.isEmpty()) {
      return;
    }
    delivery.lock();
    try {
      route(event, subscribers);
    } finally {
      delivery.unlock();
    }
  }

  @Override
  public void close() {
    heartbeats.interrupt();
  }

  private void route(OutboxEvent event, List<Subscriber> targets) {
    JsonNode payload = Notifier.payload(event);
    tx.read(
        () -> {
          if (event.topic().equals(StreamEvents.NOTIFICATION_CREATED)) {
            long recipient = payload.get("recipient_id").asLong();
            long notificationId = payload.get("notification_id").asLong();
            for (Subscriber s : targets) {
              if (s.caller.accountId() == recipient) {
                notifications
                    .one(s.caller, notificationId)
                    .ifPresent(n -> s.send(new LiveEvent(event.id(), "notification", n)));
              }
            }
            return null;
          }
          long statusId = payload.get("status_id").asLong();
          Optional<StatusRow> row = statuses.row(statusId);
          if (row.isEmpty()) {
            return null;
          }
          Set<Long> audience = audience(row.get());
          ContentReaders readers =
              policy.readersOf(row.get().spaceId(), row.get().spaceVisibility());
          boolean deleted = event.topic().equals(StreamEvents.STATUS_DELETED);
          PerViewer view = deleted ? null : new PerViewer(statusId);
          for (Subscriber s : targets) {
            if (!audience.contains(s.caller.accountId()) || !readers.includes(s.caller)) {
              continue;
            }
            if (deleted) {
              s.send(new LiveEvent(event.id(), "delete", statusId));
            } else {
              view.of(s.caller).ifPresent(status -> s.send(event.id(), "update", status));
            }
          }
          return null;
        });
  }

  /**
   * One status as each of many readers sees it, read once: through the status query as the first
   * reader, then only the favourite mark differs from one reader to the next. Every reader has
   * passed the access policy's {@link ContentReaders} check before they get here.
   */
  private final class PerViewer {
    private final long statusId;
    private boolean looked;
    private Status read;
    private Set<Long> favouritedBy;

    PerViewer(long statusId) {
      this.statusId = statusId;
    }

    Optional<Status> of(Caller viewer) {
      if (!looked) {
        looked = true;
        List<Status> page =
            statuses.page(
                new Scope.Ids(List.of(statusId)),
                policy.contentRule(viewer),
                TimelineQuery.latest(1));
        if (page.isEmpty()) {
          return Optional.empty();
        }
        read = page.getFirst();
        favouritedBy = statuses.favouritedBy(statusId);
      }
      if (read == null) {
        return Optional.empty();
      }
      boolean favourited = favouritedBy.contains(viewer.accountId());
      return Optional.of(favourited == read.favourited() ? read : read.favourited(favourited));
    }
  }

  /** Whose home timeline a status reaches: followers of its author or tags, its space's members. */
  private Set<Long> audience(StatusRow status) {
    Set<Long> audience = follows.audienceOf(status.authorId(), statuses.tagsOf(status.id()));
    if (status.spaceId() != null) {
      audience.addAll(follows.membersOf(status.spaceId()));
    }
    return audience;
  }

  private void beat() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Thread.sleep(HEARTBEAT);
      } catch (InterruptedException e) {
        return;
      }
      subscribers.removeIf(s -> !s.listener.heartbeat());
    }
  }

  private final class Subscriber {
    final Caller caller;
    final LiveListener listener;
    long lastSent;

    Subscriber(Caller caller, LiveListener listener) {
      this.caller = caller;
      this.listener = listener;
    }

    void send(long eventId, String name, Object payload) {
      send(new LiveEvent(eventId, name, payload));
    }

    void send(LiveEvent event) {
      if (event.id() <= lastSent) {
        return;
      }
      lastSent = event.id();
      if (!listener.send(event)) {
        LOG.debug("live client of {} went away", caller.username());
        subscribers.remove(this);
      }
    }
  }
}
