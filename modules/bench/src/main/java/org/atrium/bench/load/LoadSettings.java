package org.atrium.bench.load;

import java.time.Duration;

/**
 * How hard and how long to drive a workload. Without a rate, {@code clients} clients each send a
 * request as soon as the previous one is answered (a closed loop, no think time): that finds the
 * throughput, and latencies at saturation. With a {@code rate} (requests per second in all), each
 * client sends on a fixed schedule instead, and a request's latency counts from when it was due, so
 * that a server falling behind shows in the figures (no coordinated omission). Either way the first
 * {@code warmup} is discarded while the JIT settles, then {@code measure} counts.
 */
public record LoadSettings(int clients, Duration warmup, Duration measure, double rate) {

  public LoadSettings {
    if (clients < 1 || clients > 1024) {
      throw new IllegalArgumentException("clients must be between 1 and 1024, not " + clients);
    }
    if (warmup.isNegative() || measure.isNegative() || measure.isZero()) {
      throw new IllegalArgumentException("the warm-up must not be negative nor the measure zero");
    }
    if (rate < 0) {
      throw new IllegalArgumentException("the rate must not be negative");
    }
  }

  /** A closed loop: as fast as the server answers. */
  public LoadSettings(int clients, Duration warmup, Duration measure) {
    this(clients, warmup, measure, 0);
  }

  /** The same clients on a fixed schedule of {@code requestsPerSecond} in all. */
  public LoadSettings paced(double requestsPerSecond, Duration warmup) {
    return new LoadSettings(clients, warmup, measure, requestsPerSecond);
  }

  public boolean isPaced() {
    return rate > 0;
  }
}
