package org.atrium.search.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.atrium.platform.error.BadRequest;

/** Date filters: an ISO date ({@code 2026-01-31}) or an instant ({@code 2026-01-31T12:00:00Z}). */
final class Dates {

  private Dates() {}

  /** The start of {@code value}'s day, or the instant it names; null when absent. */
  static Instant from(String name, String value) {
    return parse(name, value, false);
  }

  /** The end of {@code value}'s day, or the instant it names; null when absent. */
  static Instant to(String name, String value) {
    return parse(name, value, true);
  }

  private static Instant parse(String name, String value, boolean endOfDay) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (endOfDay ? day.plusDays(1) : day)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant()
            .minusMillis(endOfDay ? 1 : 0);
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequest(
          name + ": a date like 2026-01-31 or an instant like 2026-01-31T12:00:00Z");
    }
  }
}
