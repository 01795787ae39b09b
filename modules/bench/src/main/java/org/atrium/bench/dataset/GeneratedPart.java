package org.atrium.bench.dataset;

import java.util.function.LongConsumer;
import org.atrium.webapp.Services;

/** A part of a dataset held in memory, ready to be written through Atrium's own write path. */
public interface GeneratedPart {

  /** How many rows {@link #load} writes, so that a progress bar knows where it ends. */
  long rows();

  /** Writes this part through the services (or a documented bulk path behind them). */
  void load(Services services, LongConsumer rowsWritten);
}
