package org.atrium.platform.outbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.atrium.platform.db.Tx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers committed events to consumers in id order, each from its own stored cursor. It wakes
 * when a local transaction publishes and also polls, so events written by other nodes arrive too. A
 * consumer that fails is retried from the same event on the next round, and one that is not ready
 * waits for a later round; others go on.
 */
public final class OutboxDispatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
  private static final int BATCH = 200;
  private static final Duration POLL = Duration.ofSeconds(1);
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

  private final Tx tx;
  private final OutboxLog log;
  private final List<OutboxConsumer> consumers = new CopyOnWriteArrayList<>();
  private final Semaphore wake = new Semaphore(0);
  private volatile Thread worker;
  private volatile boolean running;

  public OutboxDispatcher(Tx tx) {
    this.tx = tx;
    this.log = new OutboxLog(tx);
  }

  /**
   * Adds a consumer. One that only cares about what happens from now on ({@link
   * OutboxConsumer#fromLatest}) and has no cursor yet starts after the newest event.
   */
  public void register(OutboxConsumer consumer) {
    if (consumer.fromLatest()) {
      saveCursor(consumer, this.log.latestEventId());
    }
    consumers.add(consumer);
    wake();
  }

  /**
   * Moves {@code consumer}'s cursor to {@code eventId}, so delivery resumes after it: for a
   * consumer whose own durable state (such as a search index's last commit) lags behind its cursor.
   */
  public synchronized void moveCursor(OutboxConsumer consumer, long eventId) {
    saveCursor(consumer, eventId);
    wake();
  }

  /** The id of the newest committed event, 0 when there is none. */
  public long latestEventId() {
    return log.latestEventId();
  }

  public void wake() {
    wake.release();
  }

  public synchronized void start() {
    if (worker == null) {
      running = true;
      worker = Thread.ofVirtual().name("outbox-dispatcher").start(this::loop);
    }
  }

  /**
   * Delivers everything committed so far to every ready consumer; returns once they have caught up.
   * The consumers take turns, a batch each, so that after a burst of events a quick consumer (the
   * live stream) is never stuck behind a slow one's whole backlog.
   */
  public void drain() {
    boolean more = true;
    while (more) {
      more = false;
      for (OutboxConsumer consumer : consumers) {
        // a full batch means more may be waiting
        more |= consumer.ready() && deliverBatch(consumer) == BATCH;
      }
    }
  }

  /** How many events each consumer has yet to be delivered, by consumer name. */
  public Map<String, Long> lag() {
    long latest = latestEventId();
    Map<String, Long> lag = new LinkedHashMap<>();
    for (OutboxConsumer consumer : consumers) {
      lag.put(consumer.name(), Math.max(0, latest - cursorOf(consumer)));
    }
    return lag;
  }

  /**
   * Stops delivering after the current round. The worker is never interrupted: an interrupt in the
   * middle of database I/O would close H2's file channel under every other transaction.
   */
  @Override
  public synchronized void close() {
    if (worker == null) {
      return;
    }
    running = false;
    wake();
    try {
      worker.join(SHUTDOWN_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    worker = null;
  }

  private void loop() {
    while (running) {
      try {
        wake.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS);
        wake.drainPermits();
        if (!running) {
          return;
        }
        drain();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        LOG.error("outbox delivery round failed; retrying on the next round", e);
      }
    }
  }

  private synchronized int deliverBatch(OutboxConsumer consumer) {
    long cursor = cursorOf(consumer);
    List<OutboxEvent> events = this.log.eventsAfter(cursor, BATCH);
    long delivered = cursor;
    try {
      for (OutboxEvent event : events) {
        if (consumer.accepts(event.topic())) {
          consumer.handle(event);
        }
        delivered = event.id();
      }
    } catch (RuntimeException e) {
      LOG.warn(
          "consumer {} failed at an event after {}; will retry", consumer.name(), delivered, e);
      saveCursor(consumer, delivered);
      return 0;
    }
    saveCursor(consumer, delivered);
    return events.size();
  }

  private long cursorOf(OutboxConsumer consumer) {
    return tx.read(
        () ->
            tx.session()
                .createNativeQuery(
                    "select last_event_id from outbox_cursor where consumer = :name", Long.class)
                .setParameter("name", consumer.name())
                .uniqueResultOptional()
                .orElse(0L));
  }

  private void saveCursor(OutboxConsumer consumer, long eventId) {
    tx.write(
        () -> {
          int updated =
              tx.session()
                  .createNativeMutationQuery(
                      "update outbox_cursor set last_event_id = :id where consumer = :name")
                  .setParameter("id", eventId)
                  .setParameter("name", consumer.name())
                  .executeUpdate();
          if (updated == 0) {
            tx.session()
                .createNativeMutationQuery(
                    "insert into outbox_cursor (consumer, last_event_id) values (:name, :id)")
                .setParameter("id", eventId)
                .setParameter("name", consumer.name())
                .executeUpdate();
          }
        });
  }
}
