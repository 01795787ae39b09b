package org.atrium.platform.db;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets one read-write transaction run at a time on an embedded H2 database, and any number on a
 * server database. H2 2.x with a short write delay loses committed updates when two writers
 * interleave with a rollback (decision 0007); one writer at a time removes the interleaving, and
 * costs little because H2 writes each commit to its file one after another anyway. Readers are
 * never held up.
 */
public sealed interface WriteGate {

  /** Waits until this thread may write; every call is paired with {@link #leave()}. */
  void enter();

  void leave();

  /** The gate a database at {@code jdbcUrl} needs. */
  static WriteGate forUrl(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:h2:") ? new OneWriter() : new Open();
  }

  /** For embedded H2: one writer at a time, in arrival order. */
  final class OneWriter implements WriteGate {
    private final ReentrantLock lock = new ReentrantLock(true);

    @Override
    public void enter() {
      lock.lock();
    }

    @Override
    public void leave() {
      lock.unlock();
    }
  }

  /** For PostgreSQL, whose row locks keep concurrent writers apart. */
  final class Open implements WriteGate {
    @Override
    public void enter() {}

    @Override
    public void leave() {}
  }
}
