package org.atrium.communities;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks for questions due for the next routing round every {@code period}, on one daemon thread. A
 * failed check is logged and the next one runs as planned.
 */
public final class EscalationSchedule implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EscalationSchedule.class);

  private final QuestionRouter router;
  private final Duration period;
  private ScheduledExecutorService executor;

  public EscalationSchedule(QuestionRouter router, Duration period) {
    this.router = router;
    this.period = period;
  }

  public synchronized void start() {
    if (executor != null) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "question-escalation");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(
        this::check, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void check() {
    try {
      router.escalateDue();
    } catch (RuntimeException e) {
      LOG.warn("escalating unanswered questions failed; trying again later", e);
    }
  }

  @Override
  public synchronized void close() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }
}
