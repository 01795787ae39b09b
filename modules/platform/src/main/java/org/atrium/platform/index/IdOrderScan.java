package org.atrium.platform.index;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * The walk every {@link IndexSource#scan} makes: pages of rows in id order, each read after the
 * last id of the page before (so a rebuild never re-reads, and a row inserted meanwhile is either
 * seen or caught later from the outbox), until a page comes back empty.
 */
public final class IdOrderScan {

  private IdOrderScan() {}

  /**
   * Hands each page from {@code pageAfter} (called with 0 first, then with the id of the previous
   * page's last row) to {@code page}.
   */
  public static <T> void pages(
      LongFunction<List<T>> pageAfter, ToLongFunction<T> idOf, Consumer<List<T>> page) {
    long after = 0;
    while (true) {
      List<T> rows = pageAfter.apply(after);
      if (rows.isEmpty()) {
        return;
      }
      page.accept(rows);
      after = idOf.applyAsLong(rows.getLast());
    }
  }
}
