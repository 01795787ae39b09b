package org.atrium.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Threads for the part of a search that can run beside the rest, one per core, taken only when one
 * is idle: on a busy machine the searching thread does that part itself, so no work queues behind
 * other searches and no thread switches are added to a saturated machine.
 */
final class SideThreads implements AutoCloseable {

  private final int size = Runtime.getRuntime().availableProcessors();
  private final Semaphore idle = new Semaphore(size);
  private final ExecutorService threads =
      Executors.newFixedThreadPool(
          size, Thread.ofPlatform().daemon().name("search-beside-", 1).factory());

  /**
   * Starts {@code work} on an idle thread, if there is one; the caller runs it too when it needs
   * its result, so {@code work} must run at most once however often it is run (a {@link
   * java.util.concurrent.FutureTask} does).
   */
  void offer(Runnable work) {
    if (idle.tryAcquire()) {
      threads.execute(
          () -> {
            try {
              work.run();
            } finally {
              idle.release();
            }
          });
    }
  }

  @Override
  public void close() {
    threads.shutdown();
  }
}
