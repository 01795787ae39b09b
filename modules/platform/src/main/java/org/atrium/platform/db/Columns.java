package org.atrium.platform.db;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads columns of native queries, whose Java types differ per database and driver. */
public final class Columns {

  private Columns() {}

  public static Instant instant(Object value) {
    return switch (value) {
      case null -> null;
      case Instant i -> i;
      case OffsetDateTime o -> o.toInstant();
      case java.sql.Timestamp t -> t.toInstant();
      default -> throw new IllegalStateException("not a timestamp column: " + value.getClass());
    };
  }
}
