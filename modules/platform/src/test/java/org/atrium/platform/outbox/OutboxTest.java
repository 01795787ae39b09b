package org.atrium.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.atrium.platform.AtriumConfig;
import org.atrium.platform.auth.store.AuthStore;
import org.atrium.platform.db.Database;
import org.atrium.platform.db.Tx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox against a real H2 database: commit-bound, ordered, resumable, retried. */
class OutboxTest {

  @TempDir Path dataDir;
  private Database database;
  private Tx tx;

  @BeforeEach
  void open() {
    database = openDatabase();
    tx = new Tx(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  @DisplayName("events reach consumers in order, only once their transaction commits")
  void deliveredAfterCommitInOrder() {
    OutboxDispatcher dispatcher = new OutboxDispatcher(tx);
    Recorder recorder = new Recorder("recorder");
    dispatcher.register(recorder);
    Outbox outbox = new Outbox(tx, Clock.systemUTC(), () -> {});

    tx.write(
        () -> {
          outbox.publish("person.changed", "ada", Map.of("username", "ada"));
          outbox.publish("person.changed", "bob", Map.of("username", "bob"));
        });
    assertThrows(
        IllegalStateException.class,
        () ->
            tx.write(
                () -> {
                  outbox.publish("person.changed", "ghost", Map.of("username", "ghost"));
                  throw new IllegalStateException("the use case fails after publishing");
                }));
    tx.write(() -> outbox.publish("other.topic", "x", Map.of()));
    tx.write(() -> outbox.publish("person.changed", "cy", Map.of("username", "cy")));

    dispatcher.drain();
    assertEquals(List.of("ada", "bob", "cy"), recorder.seen);
    assertTrue(recorder.payloads.getFirst().contains("\"username\":\"ada\""));
  }

  @Test
  @DisplayName("a consumer resumes from its stored cursor after a restart")
  void resumesAfterRestart() {
    Outbox outbox = new Outbox(tx, Clock.systemUTC(), () -> {});
    tx.write(() -> outbox.publish("person.changed", "first", Map.of()));
    OutboxDispatcher before = new OutboxDispatcher(tx);
    Recorder early = new Recorder("indexer");
    before.register(early);
    before.drain();
    tx.write(() -> outbox.publish("person.changed", "second", Map.of()));
    database.close();

    database = openDatabase();
    tx = new Tx(database);
    OutboxDispatcher after = new OutboxDispatcher(tx);
    Recorder late = new Recorder("indexer");
    after.register(late);
    after.drain();
    assertEquals(List.of("first"), early.seen);
    assertEquals(List.of("second"), late.seen, "only what the crashed consumer had not seen");
  }

  @Test
  @DisplayName("a failing consumer gets the same event again; others are not held up")
  void failingConsumerRetried() {
    Outbox outbox = new Outbox(tx, Clock.systemUTC(), () -> {});
    tx.write(() -> outbox.publish("person.changed", "flaky", Map.of()));
    OutboxDispatcher dispatcher = new OutboxDispatcher(tx);
    AtomicInteger attempts = new AtomicInteger();
    Recorder healthy = new Recorder("healthy");
    Recorder flaky =
        new Recorder("flaky") {
          @Override
          public void handle(OutboxEvent event) {
            if (attempts.incrementAndGet() == 1) {
              throw new IllegalStateException("index unavailable");
            }
            super.handle(event);
          }
        };
    dispatcher.register(flaky);
    dispatcher.register(healthy);
    dispatcher.drain();
    assertEquals(List.of(), flaky.seen);
    assertEquals(List.of("flaky"), healthy.seen);
    dispatcher.drain();
    assertEquals(List.of("flaky"), flaky.seen);
    assertEquals(2, attempts.get());
  }

  @Test
  @DisplayName("the running dispatcher wakes on commit without waiting for its poll")
  void wakesOnCommit() throws InterruptedException {
    OutboxDispatcher dispatcher = new OutboxDispatcher(tx);
    Recorder recorder = new Recorder("live");
    dispatcher.register(recorder);
    Outbox outbox = new Outbox(tx, Clock.systemUTC(), dispatcher::wake);
    dispatcher.start();
    try {
      tx.write(() -> outbox.publish("person.changed", "live", Map.of()));
      assertTrue(recorder.delivered.tryAcquire(5, TimeUnit.SECONDS));
      assertEquals(List.of("live"), recorder.seen);
    } finally {
      dispatcher.close();
    }
  }

  private Database openDatabase() {
    return Database.open(
        AtriumConfig.from(Map.of("atrium.data.dir", dataDir.toString())), AuthStore.ENTITIES);
  }

  @Test
  @DisplayName("a consumer that is not ready keeps its place and holds up no other")
  void notReadyWaits() {
    OutboxDispatcher dispatcher = new OutboxDispatcher(tx);
    Recorder busy = new Recorder("rebuilding");
    Recorder live = new Recorder("live");
    dispatcher.register(busy);
    dispatcher.register(live);
    Outbox outbox = new Outbox(tx, Clock.systemUTC(), () -> {});
    busy.ready = false;
    tx.write(() -> outbox.publish("person.changed", "ada", Map.of()));

    dispatcher.drain();
    assertEquals(List.of("ada"), live.seen);
    assertEquals(List.of(), busy.seen);
    assertEquals(1L, dispatcher.lag().get("rebuilding"));

    busy.ready = true;
    dispatcher.drain();
    assertEquals(List.of("ada"), busy.seen);
    assertEquals(0L, dispatcher.lag().get("rebuilding"));
  }

  @Test
  @DisplayName("a slow consumer holds up no other: each is delivered to on a thread of its own")
  void slowConsumerHoldsUpNoOther() throws InterruptedException {
    OutboxDispatcher dispatcher = new OutboxDispatcher(tx);
    CountDownLatch parsing = new CountDownLatch(1);
    Recorder slow =
        new Recorder("slow") {
          @Override
          public void handle(OutboxEvent event) {
            super.handle(event);
            try {
              parsing.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };
    Recorder live = new Recorder("live");
    dispatcher.register(slow);
    dispatcher.register(live);
    dispatcher.start();
    try {
      Outbox outbox = new Outbox(tx, Clock.systemUTC(), dispatcher::wake);
      tx.write(() -> outbox.publish("person.changed", "ada", Map.of()));
      assertTrue(slow.delivered.tryAcquire(10, TimeUnit.SECONDS), "the slow one is at it");
      tx.write(() -> outbox.publish("person.changed", "bob", Map.of()));
      assertTrue(live.delivered.tryAcquire(2, 10, TimeUnit.SECONDS), "the other goes on");
      assertEquals(List.of("ada", "bob"), live.seen);
      assertEquals(List.of("ada"), slow.seen);
    } finally {
      parsing.countDown();
      dispatcher.close();
    }
  }

  private static class Recorder implements OutboxConsumer {
    final List<String> seen = new CopyOnWriteArrayList<>();
    final List<String> payloads = new CopyOnWriteArrayList<>();
    final java.util.concurrent.Semaphore delivered = new java.util.concurrent.Semaphore(0);
    private final String name;
    volatile boolean ready = true;

    Recorder(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public boolean accepts(String topic) {
      return topic.equals("person.changed");
    }

    @Override
    public boolean ready() {
      return ready;
    }

    @Override
    public void handle(OutboxEvent event) {
      seen.add(event.aggregateId());
      payloads.add(event.payload());
      delivered.release();
    }
  }
}
