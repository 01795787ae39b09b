package org.atrium.people.store;

/** Reads the loosely typed columns of native queries, whose Java types differ per database. */
final class Rows {

  private Rows() {}

  static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  static Long nullableNumber(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  static boolean bool(Object value) {
    return switch (value) {
      case Boolean b -> b;
      case Number n -> n.intValue() != 0;
      case null -> false;
      default -> throw new IllegalStateException("not a boolean column: " + value.getClass());
    };
  }
}
