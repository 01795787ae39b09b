package org.atrium.people;

import java.time.Clock;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.atrium.people.store.BulkLoader;
import org.atrium.people.store.PeopleStore;
import org.atrium.platform.db.Tx;

/** Loads a whole organisation into an empty directory in one transaction. */
public final class OrgLoader {

  private final Tx tx;
  private final PeopleStore store;
  private final BulkLoader loader;
  private final Clock clock;

  public OrgLoader(Tx tx, PeopleStore store, Clock clock) {
    this.tx = tx;
    this.store = store;
    this.loader = new BulkLoader(tx);
    this.clock = clock;
  }

  /**
   * Loads {@code seed} if the directory is empty; returns whether it did. Demo accounts may sign in
   * with the demo password only while the server runs in demo mode.
   */
  public boolean loadIfEmpty(OrgSeed seed, boolean demoAccounts) {
    return loadIfEmpty(seed, demoAccounts, rows -> {});
  }

  /**
   * Loads the organisation {@code seed} builds if the directory is empty; the seed is only built
   * then, so that a server restarting over a full directory does not generate one for nothing.
   */
  public boolean loadIfEmpty(Supplier<OrgSeed> seed, boolean demoAccounts) {
    return tx.write(
        () -> {
          if (!store.isEmpty()) {
            return false;
          }
          loader.load(seed.get(), demoAccounts, clock.instant());
          return true;
        });
  }

  /**
   * Loads {@code seed} as {@link #loadIfEmpty(OrgSeed, boolean)} does, telling {@code rowsWritten}
   * how many rows each batch wrote (they add up to {@link BulkLoader#rowCount}).
   */
  public boolean loadIfEmpty(OrgSeed seed, boolean demoAccounts, LongConsumer rowsWritten) {
    return tx.write(
        () -> {
          if (!store.isEmpty()) {
            return false;
          }
          loader.load(seed, demoAccounts, clock.instant(), rowsWritten);
          return true;
        });
  }
}
