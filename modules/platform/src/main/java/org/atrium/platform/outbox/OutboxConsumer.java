package org.atrium.platform.outbox;

/** Reacts to committed events. Handling must be idempotent: an event may arrive twice. */
public interface OutboxConsumer {

  /** A stable name; the consumer's cursor is stored under it. */
  String name();

  /** Whether this consumer wants events of {@code topic}; others advance its cursor silently. */
  boolean accepts(String topic);

  void handle(OutboxEvent event);

  /**
   * Whether this consumer can take events now. One that cannot (the search index while it is
   * rebuilt) is passed over, its cursor where it was, so that it holds up no other consumer.
   */
  default boolean ready() {
    return true;
  }

  /**
   * Whether this consumer starts from the newest event when registered, ignoring history: true for
   * live pushes, which only matter to clients connected now.
   */
  default boolean fromLatest() {
    return false;
  }
}
