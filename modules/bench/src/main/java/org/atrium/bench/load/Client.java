package org.atrium.bench.load;

/** One simulated client with a connection (or session) of its own. */
public interface Client extends AutoCloseable {

  /** Makes one request and waits for its answer; throws if it failed. */
  void call() throws Exception;

  @Override
  default void close() throws Exception {}
}
