package org.atrium.webapp.pages;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.atrium.people.Person;

/**
 * A moment as pages show it: relative for the last week ("3 h ago"), a date after that, and the
 * exact time in the viewer's zone as a tooltip.
 *
 * @param iso the instant for {@code <time datetime>}
 */
record TimeView(String iso, String shown, String exact) {

  private static final Duration WEEK = Duration.ofDays(7);

  static TimeView of(Instant at, Clock clock) {
    Duration since = Duration.between(at, clock.now());
    Duration ago = since.isNegative() ? Duration.ZERO : since;
    return new TimeView(at.toString(), clock.shown(at, ago), clock.exact(at));
  }

  /** What "now" is for one page, and how its viewer reads dates and times. */
  record Clock(Instant now, ZoneId zone, Templates t) {

    /** The clock of {@code viewer}'s pages: their own time zone, or UTC when they set none. */
    static Clock of(Person viewer, Templates t) {
      ZoneId zone = viewer.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(viewer.timeZone());
      return new Clock(Instant.now(), zone, t);
    }

    private String shown(Instant at, Duration ago) {
      if (ago.toMinutes() < 1) {
        return t.text("time_now");
      }
      if (ago.toHours() < 1) {
        return t.text("time_minutes", ago.toMinutes());
      }
      if (ago.toDays() < 1) {
        return t.text("time_hours", ago.toHours());
      }
      if (ago.compareTo(WEEK) < 0) {
        return t.text("time_days", ago.toDays());
      }
      return format("time_date_pattern", at);
    }

    private String exact(Instant at) {
      return t.text("time_exact", format("time_exact_pattern", at), zone.getId());
    }

    private String format(String patternKey, Instant at) {
      return DateTimeFormatter.ofPattern(t.text(patternKey), Locale.ENGLISH)
          .withZone(zone)
          .format(at);
    }
  }
}
