package org.atrium.bench.qa;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.atrium.platform.outbox.OutboxEvent;
import org.atrium.webapp.Services;

/**
 * What asking costs: questions asked one after another over HTTP, each timed until its answer; and
 * what routing costs after commit: the router handling the creation event of seeded questions one
 * by one, each timed (ranking experts, checking access and caps, recording, notifying).
 */
record Asking(double askP50, double askP99, double routeP50, double routeP99) {

  /** Source event ids far above any real one, so their notifications stay apart. */
  private static final long FAKE_EVENTS = 1_000_000_000_000L;

  static Asking measure(Services services, URI base, String token, int asks, long[] seeded)
      throws Exception {
    List<Double> ask = new ArrayList<>();
    for (int i = 0; i < asks; i++) {
      long start = System.nanoTime();
      QaBench.post(
          base,
          "/api/v1/spaces/bench-qa/questions",
          Map.of(
              "title",
              "Bench question " + i + " about java testing and kubernetes",
              "body",
              "Details of the problem.",
              "tags",
              List.of("java", "kubernetes")),
          token);
      ask.add((System.nanoTime() - start) / 1e6);
    }
    services.dispatcher().drain();
    List<Double> route = new ArrayList<>();
    for (int i = 0; i < asks; i++) {
      long question = seeded[0] + i;
      OutboxEvent event =
          new OutboxEvent(
              FAKE_EVENTS + i,
              "community.question.created",
              Long.toString(question),
              "{\"question_id\":" + question + ",\"space_id\":0}",
              Instant.now());
      long start = System.nanoTime();
      services.communities().router().handle(event);
      route.add((System.nanoTime() - start) / 1e6);
    }
    return new Asking(
        percentile(ask, 0.5),
        percentile(ask, 0.99),
        percentile(route, 0.5),
        percentile(route, 0.99));
  }

  private static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p) - 1));
  }
}
