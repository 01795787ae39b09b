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
 * Delivers committed events to consumers in id order, each from its own stored cursor and on its
 * own thread, so a slow consumer (text extraction, a rebuilt index) never holds up another (the
 * live stream). It wakes when a local transaction publishes and also polls, so events written by
 * other nodes arrive too. A consumer that fails is retried from the same event on its next round,
 * and one that is not ready waits for a later round.
 */
public final class OutboxDispatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
  private static final int BATCH = 200;
  private static final Duration POLL = Duration.ofSeconds(1);
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

  private final Tx tx;
  private final OutboxLog log;
  private final List<Lane> lanes = new CopyOnWriteArrayList<>();
  private volatile boolean running;

  public OutboxDispatcher(Tx tx) {
    this.tx = tx;
    this.log = new OutboxLog(tx);
  }

  /**
   * Adds a consumer. One that only cares about what happens from now on ({@link
   * OutboxConsumer#fromLatest}) and has no cursor yet starts after the newest event.
   */
  public synchronized void register(OutboxConsumer consumer) {
    if (consumer.fromLatest()) {
      saveCursor(consumer, this.log.latestEventId());
    }
    Lane lane = new Lane(consumer);
    lanes.add(lane);
    if (running) {
      lane.start();
    }
  }

  /**
   * Moves {@code consumer}'s cursor to {@code eventId}, so delivery resumes after it: for a
   * consumer whose own durable state (such as a search index's last commit) lags behind its cursor.
   */
  public void moveCursor(OutboxConsumer consumer, long eventId) {
    Lane lane = laneOf(consumer);
    if (lane == null) {
      saveCursor(consumer, eventId);
      return;
    }
    synchronized (lane) {
      saveCursor(consumer, eventId);
    }
    lane.wake();
  }

  /** The id of the newest committed event, 0 when there is none. */
  public long latestEventId() {
    return log.latestEventId();
  }

  public void wake() {
    lanes.forEach(Lane::wake);
  }

  public synchronized void start() {
    if (!running) {
      running = true;
      lanes.forEach(Lane::start);
    }
  }

  /**
   * Delivers everything committed so far to every ready consumer, on the calling thread; returns
   * once they have caught up. The consumers take turns, a batch each.
   */
  public void drain() {
    boolean more = true;
    while (more) {
      more = false;
      for (Lane lane : lanes) {
        // a full batch means more may be waiting
        more |= lane.consumer.ready() && lane.deliverBatch() == BATCH;
      }
    }
  }

  /** How many events each consumer has yet to be delivered, by consumer name. */
  public Map<String, Long> lag() {
    long latest = latestEventId();
    Map<String, Long> lag = new LinkedHashMap<>();
    for (Lane lane : lanes) {
      lag.put(lane.consumer.name(), Math.max(0, latest - cursorOf(lane.consumer)));
    }
    return lag;
  }

  /**
   * Stops delivering after each consumer's current batch. Workers are never interrupted: an
   * interrupt in the middle of database I/O would close H2's file channel under every other
   * transaction.
   */
  @Override
  public synchronized void close() {
    if (!running) {
      return;
    }
    running = false;
    for (Lane lane : lanes) {
      lane.stop();
    }
  }

  private Lane laneOf(OutboxConsumer consumer) {
    return lanes.stream().filter(lane -> lane.consumer == consumer).findFirst().orElse(null);
  }

  /**
   * One consumer's deliveries: a thread of its own, and a lock so it is never called twice at once.
   */
  private final class Lane {
    private final OutboxConsumer consumer;
    private final Semaphore wake = new Semaphore(1);
    private Thread worker;

    Lane(OutboxConsumer consumer) {
      this.consumer = consumer;
    }

    void start() {
      worker = Thread.ofVirtual().name("outbox-" + consumer.name()).start(this::loop);
    }

    void wake() {
      wake.release();
    }

    void stop() {
      wake();
      try {
        worker.join(SHUTDOWN_WAIT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void loop() {
      while (running) {
        try {
          wake.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS);
          wake.drainPermits();
          while (running && consumer.ready() && deliverBatch() == BATCH) {
            // a full batch means more may be waiting
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
          LOG.error("outbox delivery to {} failed; retrying on its next round", consumer.name(), e);
        }
      }
    }

    synchronized int deliverBatch() {
      long cursor = cursorOf(consumer);
      List<OutboxEvent> events = log.eventsAfter(cursor, BATCH);
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
