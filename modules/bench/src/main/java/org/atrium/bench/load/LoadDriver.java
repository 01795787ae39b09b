package org.atrium.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * Drives a workload with a fixed number of clients, each on a virtual thread, for a fixed time.
 * Every request's latency goes into an HdrHistogram (microsecond resolution, three significant
 * digits); only requests that start after the warm-up and end before the deadline count.
 */
public final class LoadDriver {

  /** Longest latency the histograms track; a request beyond it is an error anyway. */
  private static final long MAX_MICROS = TimeUnit.SECONDS.toMicros(60);

  /** Clients whose request is still out at the deadline get this long to return. */
  private static final long GRACE_SECONDS = 15;

  private LoadDriver() {}

  public static LoadResult run(Workload workload, LoadSettings settings) throws Exception {
    List<Client> clients = new ArrayList<>(settings.clients());
    try {
      for (int i = 0; i < settings.clients(); i++) {
        clients.add(workload.client(i));
      }
      return drive(workload.name(), clients, settings);
    } finally {
      for (Client client : clients) {
        client.close();
      }
    }
  }

  private static LoadResult drive(String name, List<Client> clients, LoadSettings settings)
      throws InterruptedException {
    long start = System.nanoTime();
    long measureFrom = start + settings.warmup().toNanos();
    long deadline = measureFrom + settings.measure().toNanos();
    Histogram latencies = new Histogram(MAX_MICROS, 3);
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    ThreadFactory threads = Thread.ofVirtual().name("bench-client-", 0).factory();
    // Paced clients share the schedule out evenly: each is due once per interval, staggered.
    long interval = settings.isPaced() ? (long) (clients.size() * 1e9 / settings.rate()) : 0;
    try (var executor = Executors.newThreadPerTaskExecutor(threads)) {
      for (int index = 0; index < clients.size(); index++) {
        Client client = clients.get(index);
        long firstDue = start + interval * index / clients.size();
        executor.submit(
            () -> {
              Histogram mine = new Histogram(MAX_MICROS, 3);
              long myErrors = 0;
              long due = firstDue;
              for (long now = waitUntil(due); now < deadline; now = waitUntil(due)) {
                long sent = settings.isPaced() ? due : now;
                boolean ok = call(client, firstError);
                long end = System.nanoTime();
                if (sent >= measureFrom && end <= deadline) {
                  if (ok) {
                    mine.recordValue(Math.min(MAX_MICROS, (end - sent) / 1_000));
                  } else {
                    myErrors++;
                  }
                }
                due += interval;
              }
              synchronized (latencies) {
                latencies.add(mine);
              }
              errors.addAndGet(myErrors);
              return null;
            });
      }
      executor.shutdown();
      long remaining = deadline - System.nanoTime() + TimeUnit.SECONDS.toNanos(GRACE_SECONDS);
      if (!executor.awaitTermination(remaining, TimeUnit.NANOSECONDS)) {
        executor.shutdownNow();
        throw new IllegalStateException(name + ": clients still busy long after the deadline");
      }
    }
    double seconds = settings.measure().toNanos() / 1e9;
    return new LoadResult(
        name,
        clients.size(),
        latencies.getTotalCount(),
        errors.get(),
        latencies.getTotalCount() / seconds,
        millis(latencies.getValueAtPercentile(50)),
        millis(latencies.getValueAtPercentile(95)),
        millis(latencies.getValueAtPercentile(99)),
        millis(latencies.getMaxValue()),
        firstError.get());
  }

  /** Sleeps until {@code due} if that is still ahead; returns the time then. */
  private static long waitUntil(long due) throws InterruptedException {
    long now = System.nanoTime();
    if (due > now) {
      TimeUnit.NANOSECONDS.sleep(due - now);
      now = System.nanoTime();
    }
    return now;
  }

  private static boolean call(Client client, AtomicReference<String> firstError) {
    try {
      client.call();
      return true;
    } catch (Exception e) {
      firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
      return false;
    }
  }

  private static double millis(long micros) {
    return micros / 1_000.0;
  }
}
