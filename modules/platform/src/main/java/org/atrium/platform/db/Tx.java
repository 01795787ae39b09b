package org.atrium.platform.db;

import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.atrium.platform.error.Conflict;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;
import org.hibernate.Transaction;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Runs a use case in one transaction. A nested call joins the transaction already open on this
 * thread, so services compose. Work registered with {@link #afterCommit} runs only once the
 * transaction has committed.
 */
public final class Tx {

  private final SessionFactory sessionFactory;
  private final WriteGate writeGate;
  private final ThreadLocal<Unit> current = new ThreadLocal<>();

  public Tx(Database database) {
    this.sessionFactory = database.sessionFactory();
    this.writeGate = database.writeGate();
  }

  /** Runs {@code work} in a read-write transaction and returns its result. */
  public <T> T write(Supplier<T> work) {
    return run(work, false);
  }

  /** Runs {@code work} in a read-write transaction. */
  public void write(Runnable work) {
    run(
        () -> {
          work.run();
          return null;
        },
        false);
  }

  /** Runs {@code work} in a read-only transaction: Hibernate skips dirty checking. */
  public <T> T read(Supplier<T> work) {
    return run(work, true);
  }

  /** The session of the transaction open on this thread. */
  public Session session() {
    Unit unit = current.get();
    if (unit == null) {
      throw new IllegalStateException("no transaction is open: call this from Tx.write or Tx.read");
    }
    return unit.session;
  }

  /** Runs {@code action} after the open transaction commits; never if it rolls back. */
  public void afterCommit(Runnable action) {
    Unit unit = current.get();
    if (unit == null) {
      throw new IllegalStateException("afterCommit needs an open transaction");
    }
    unit.afterCommit.add(action);
  }

  private <T> T run(Supplier<T> work, boolean readOnly) {
    Unit open = current.get();
    if (open != null) {
      if (open.readOnly && !readOnly) {
        throw new IllegalStateException("a write cannot join a read-only transaction");
      }
      return work.get();
    }
    if (readOnly) {
      return runNew(work, true);
    }
    writeGate.enter();
    try {
      return runNew(work, false);
    } finally {
      writeGate.leave();
    }
  }

  private <T> T runNew(Supplier<T> work, boolean readOnly) {
    Unit unit = new Unit(sessionFactory.openSession(), readOnly);
    current.set(unit);
    Transaction transaction = unit.session.getTransaction();
    try {
      unit.session.setDefaultReadOnly(readOnly);
      transaction.begin();
      T result = work.get();
      unit.session.flush();
      transaction.commit();
      current.remove();
      unit.afterCommit.forEach(Runnable::run);
      return result;
    } catch (ConstraintViolationException
        | LockAcquisitionException
        | StaleStateException
        | OptimisticLockException e) {
      rollback(transaction);
      throw new Conflict(conflictMessage(e));
    } catch (RuntimeException | Error e) {
      rollback(transaction);
      throw e;
    } finally {
      current.remove();
      unit.session.close();
    }
  }

  private static void rollback(Transaction transaction) {
    if (transaction.isActive()) {
      transaction.rollback();
    }
  }

  private static String conflictMessage(RuntimeException e) {
    return e instanceof ConstraintViolationException
        ? "this would duplicate or break a reference to something that exists"
        : "another change got there first; try again";
  }

  private static final class Unit {
    final Session session;
    final boolean readOnly;
    final List<Runnable> afterCommit = new ArrayList<>();

    Unit(Session session, boolean readOnly) {
      this.session = session;
      this.readOnly = readOnly;
    }
  }
}
