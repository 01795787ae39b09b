package org.atrium.bench.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.atrium.bench.load.HttpConnection;
import org.atrium.bench.load.LoadResult;
import org.atrium.bench.load.SseConnection;

/**
 * One live measurement: many clients hold the user stream open while a few people post at a steady
 * rate; for every post, each connected client whose home it reaches should get its {@code update}.
 * Latency runs from the moment the poster has the 201 in hand to the moment the event is read at
 * the recipient, both on this machine's monotonic clock. An event that beats the 201 (the push runs
 * once the post commits, the answer may still be on its way) counts as 0 ms. Expected events that
 * never come count as lost.
 */
final class LiveRun {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_MICROS = TimeUnit.SECONDS.toMicros(60);

  /** Streams opened at once while connecting, so that the server is not flooded with sign-ins. */
  private static final int CONNECTING_AT_ONCE = 32;

  private static final Pattern OUTBOX_LAG =
      Pattern.compile("^atrium_outbox_lag (\\S+)$", Pattern.MULTILINE);
  private static final Duration OUTBOX_WAIT = Duration.ofMinutes(2);

  private final int port;
  private final List<String> posterTokens;
  private final List<Long> posterIds;
  private final List<String> listenerTokens;
  private final Map<Long, Set<Integer>> audienceOfPoster;
  private final double rate;
  private final Duration warmup;
  private final Duration measure;
  private final Duration settle;

  LiveRun(
      int port,
      List<String> posterTokens,
      List<Long> posterIds,
      List<String> listenerTokens,
      Map<Long, Set<Integer>> audienceOfPoster,
      double rate,
      Duration warmup,
      Duration measure,
      Duration settle) {
    this.port = port;
    this.posterTokens = posterTokens;
    this.posterIds = posterIds;
    this.listenerTokens = listenerTokens;
    this.audienceOfPoster = audienceOfPoster;
    this.rate = rate;
    this.warmup = warmup;
    this.measure = measure;
    this.settle = settle;
  }

  /** What one live measurement saw. */
  record Result(int clients, long posts, long delivered, long lost, Histogram latencies) {
    double p50() {
      return latencies.getValueAtPercentile(50) / 1_000.0;
    }

    double p99() {
      return latencies.getValueAtPercentile(99) / 1_000.0;
    }

    /** As a load result: deliveries per second of measured time, latencies in milliseconds. */
    LoadResult asLoad(String name, Duration measured) {
      return new LoadResult(
          name,
          clients,
          delivered,
          lost,
          delivered / (measured.toNanos() / 1e9),
          p50(),
          latencies.getValueAtPercentile(95) / 1_000.0,
          p99(),
          latencies.getMaxValue() / 1_000.0,
          lost == 0 ? null : lost + " expected updates never arrived");
    }
  }

  private record Post(long id, long author, long ackedNanos, boolean measured) {}

  private record Arrival(int client, long statusId, long nanos) {}

  Result run() throws Exception {
    ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
    List<SseConnection> streams = connect(arrivals);
    try {
      // Let the last streams finish subscribing before anything is posted.
      Thread.sleep(1_000);
      awaitQuietOutbox();
      List<Post> posts = post();
      Thread.sleep(settle.toMillis());
      return tally(posts, arrivals);
    } finally {
      streams.forEach(SseConnection::close);
    }
  }

  private List<SseConnection> connect(ConcurrentLinkedQueue<Arrival> arrivals) throws Exception {
    Semaphore slots = new Semaphore(CONNECTING_AT_ONCE);
    List<Future<SseConnection>> opening = new ArrayList<>();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < listenerTokens.size(); i++) {
        int client = i;
        opening.add(
            executor.submit(
                () -> {
                  slots.acquire();
                  try {
                    return SseConnection.open(
                        port,
                        listenerTokens.get(client),
                        client,
                        (c, status, nanos) -> arrivals.add(new Arrival(c, status, nanos)));
                  } finally {
                    slots.release();
                  }
                }));
      }
    }
    List<SseConnection> streams = new ArrayList<>(opening.size());
    for (Future<SseConnection> stream : opening) {
      streams.add(stream.get());
    }
    return streams;
  }

  /**
   * Waits until every outbox consumer has caught up (Atrium's {@code atrium_outbox_lag} metric is
   * 0): the scenario before this one may have left a backlog of events, and posts made behind it
   * would time the backlog instead of the live path.
   */
  private void awaitQuietOutbox() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + OUTBOX_WAIT.toNanos();
    try (HttpConnection connection = new HttpConnection("127.0.0.1", port)) {
      while (System.nanoTime() < deadline) {
        HttpConnection.Response metrics = connection.getText("/metrics");
        if (metrics.status() != 200) {
          throw new IOException("GET /metrics answered " + metrics.status());
        }
        Matcher lag = OUTBOX_LAG.matcher(metrics.text());
        if (lag.find() && Double.parseDouble(lag.group(1)) == 0) {
          return;
        }
        Thread.sleep(250);
      }
    }
    throw new IOException("Atrium's outbox did not catch up within " + OUTBOX_WAIT);
  }

  /** Each poster posts on a schedule of its own, staggered; returns every acknowledged post. */
  private List<Post> post() throws Exception {
    long start = System.nanoTime();
    long measureFrom = start + warmup.toNanos();
    long deadline = measureFrom + measure.toNanos();
    long interval = (long) (posterTokens.size() * 1e9 / rate);
    Map<Long, Post> posts = new ConcurrentHashMap<>();
    List<Future<?>> posters = new ArrayList<>();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int p = 0; p < posterTokens.size(); p++) {
        int poster = p;
        posters.add(
            executor.submit(
                () -> {
                  try (HttpConnection connection = new HttpConnection("127.0.0.1", port)) {
                    long due = start + interval * poster / posterTokens.size();
                    for (long sequence = 0; due < deadline; sequence++, due += interval) {
                      long wait = due - System.nanoTime();
                      if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                      }
                      long id = postOnce(connection, poster, sequence);
                      long acked = System.nanoTime();
                      posts.put(id, new Post(id, posterIds.get(poster), acked, due >= measureFrom));
                    }
                  }
                  return null;
                }));
      }
    }
    for (Future<?> poster : posters) {
      poster.get();
    }
    return new ArrayList<>(posts.values());
  }

  private long postOnce(HttpConnection connection, int poster, long sequence) throws IOException {
    String body =
        JSON.writeValueAsString(
            Map.of("status", "Live benchmark post " + sequence + " from poster " + poster + "."));
    HttpConnection.Response response =
        connection.postJson("/api/v1/statuses", body, posterTokens.get(poster));
    if (response.status() != 201) {
      throw new IOException("POST answered " + response.status() + ": " + response.text());
    }
    JsonNode status = JSON.readTree(response.body());
    return Long.parseLong(status.get("id").asText());
  }

  private Result tally(List<Post> posts, ConcurrentLinkedQueue<Arrival> arrivals) {
    Map<Long, Post> byId = new HashMap<>();
    posts.forEach(p -> byId.put(p.id(), p));
    Histogram latencies = new Histogram(MAX_MICROS, 3);
    Map<Long, Set<Integer>> received = new HashMap<>();
    for (Arrival arrival : arrivals) {
      Post post = byId.get(arrival.statusId());
      if (post == null || !post.measured()) {
        continue;
      }
      if (received.computeIfAbsent(post.id(), id -> new HashSet<>()).add(arrival.client())) {
        long micros = Math.max(0, (arrival.nanos() - post.ackedNanos()) / 1_000);
        latencies.recordValue(Math.min(MAX_MICROS, micros));
      }
    }
    long measuredPosts = 0;
    long lost = 0;
    for (Post post : posts) {
      if (!post.measured()) {
        continue;
      }
      measuredPosts++;
      Set<Integer> got = received.getOrDefault(post.id(), Set.of());
      for (int client : audienceOfPoster.getOrDefault(post.author(), Set.of())) {
        if (!got.contains(client)) {
          lost++;
        }
      }
    }
    return new Result(
        listenerTokens.size(), measuredPosts, latencies.getTotalCount(), lost, latencies);
  }
}
