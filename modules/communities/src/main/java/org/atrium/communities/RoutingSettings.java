package org.atrium.communities;

import java.time.Duration;
import java.util.function.Function;

/**
 * How questions are routed: {@code perRound} experts at a time, none beyond {@code dailyCap} routed
 * questions a day, the next round after {@code escalateAfter} without an answer, at most {@code
 * maxRounds} rounds.
 */
public record RoutingSettings(int perRound, int dailyCap, Duration escalateAfter, int maxRounds) {

  public static final RoutingSettings DEFAULTS = new RoutingSettings(3, 3, Duration.ofHours(24), 3);

  /**
   * Reads {@code atrium.routing.experts}, {@code atrium.routing.daily.cap}, {@code
   * atrium.routing.escalate.hours} and {@code atrium.routing.rounds} from {@code lookup} (system
   * properties, then the environment, in production), over the defaults.
   */
  public static RoutingSettings from(Function<String, String> lookup) {
    return new RoutingSettings(
        number(lookup, "atrium.routing.experts", DEFAULTS.perRound()),
        number(lookup, "atrium.routing.daily.cap", DEFAULTS.dailyCap()),
        Duration.ofHours(
            number(
                lookup, "atrium.routing.escalate.hours", (int) DEFAULTS.escalateAfter().toHours())),
        number(lookup, "atrium.routing.rounds", DEFAULTS.maxRounds()));
  }

  /** The settings of this process: system properties, then environment variables. */
  public static RoutingSettings load() {
    return from(key -> System.getProperty(key, System.getenv(key.toUpperCase().replace('.', '_'))));
  }

  private static int number(Function<String, String> lookup, String key, int fallback) {
    String value = lookup.apply(key);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, not '" + value + "'", e);
    }
  }
}
