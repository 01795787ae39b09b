package org.atrium.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.atrium.platform.audit.AuditLog;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Role;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.index.IndexDocument;
import org.atrium.platform.index.IndexSource;
import org.atrium.platform.outbox.OutboxDispatcher;
import org.atrium.spaces.AccessPolicy;

/**
 * The search module as the application wires it: the index under the data directory, the indexer on
 * the outbox, and the services that read the index. Rebuilding replays every source.
 */
public final class Search implements AutoCloseable {

  private static final int BATCH = 500;

  private final Tx tx;
  private final AuditLog audit;
  private final OutboxDispatcher dispatcher;
  private final SearchIndex index;
  private final List<IndexSource> sources;
  private final Indexer indexer;
  private final SearchService search;
  private final ExpertService experts;
  private final SuggestService suggest;

  private Search(
      Tx tx,
      AuditLog audit,
      OutboxDispatcher dispatcher,
      AccessPolicy policy,
      SearchIndex index,
      List<IndexSource> sources) {
    this.tx = tx;
    this.audit = audit;
    this.dispatcher = dispatcher;
    this.index = index;
    this.sources = List.copyOf(sources);
    this.indexer = new Indexer(index, sources);
    this.search = new SearchService(tx, policy, index);
    this.experts = new ExpertService(search, index);
    this.suggest = new SuggestService(search, index);
  }

  /**
   * Opens the index in {@code directory} and registers its indexer, which resumes after the last
   * event the index holds; a missing index is {@link #needsRebuild() rebuilt} by the caller.
   */
  public static Search open(
      Path directory,
      Tx tx,
      AuditLog audit,
      OutboxDispatcher dispatcher,
      AccessPolicy policy,
      List<IndexSource> sources) {
    SearchIndex index = SearchIndex.open(directory);
    Search search = new Search(tx, audit, dispatcher, policy, index, sources);
    search.indexer.register(dispatcher);
    return search;
  }

  public SearchService search() {
    return search;
  }

  public ExpertService experts() {
    return experts;
  }

  public SuggestService suggest() {
    return suggest;
  }

  public SearchIndex index() {
    return index;
  }

  /** Whether the index has never been completely built and must be filled from the database. */
  public boolean needsRebuild() {
    return !index.built();
  }

  /** Progress of a rebuild: documents done out of about how many. */
  @FunctionalInterface
  public interface Progress {
    void step(long done, long total);
  }

  /**
   * Rebuilds the index from every source; events committed meanwhile are applied after it. Returns
   * the number of documents indexed.
   */
  public long rebuild(Progress progress) {
    long total = sources.stream().mapToLong(IndexSource::count).sum();
    long from = dispatcher.latestEventId();
    AtomicLong done = new AtomicLong();
    index.rebuild(
        from,
        sink -> {
          // Each source is read on a thread of its own: the database and the index writer (which
          // takes documents from several threads at once) then work side by side.
          try (ExecutorService readers = Executors.newFixedThreadPool(sources.size())) {
            List<Future<?>> scans = new ArrayList<>();
            for (IndexSource source : sources) {
              scans.add(readers.submit(() -> scan(source, sink, done, total, progress)));
            }
            for (Future<?> scan : scans) {
              await(scan);
            }
          }
        });
    dispatcher.moveCursor(indexer, from);
    return done.get();
  }

  private static void scan(
      IndexSource source,
      SearchIndex.DocumentSink sink,
      AtomicLong done,
      long total,
      Progress progress) {
    source.scan(
        BATCH,
        batch -> {
          try {
            for (IndexDocument doc : batch) {
              sink.add(doc);
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          long now = done.addAndGet(batch.size());
          synchronized (progress) {
            progress.step(now, total);
          }
        });
  }

  private static void await(Future<?> scan) throws IOException {
    try {
      scan.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("the rebuild was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException(e.getCause());
    }
  }

  /** An administrator's rebuild, audited. */
  public long reindex(Caller caller) {
    if (!caller.is(Role.ADMIN)) {
      throw new Forbidden("only administrators can rebuild the search index");
    }
    long documents = rebuild((done, total) -> {});
    tx.write(
        () -> audit.record(caller, "search.reindex", "index", documents + " documents indexed"));
    return documents;
  }

  /** Makes every event delivered so far visible to searches at once (for tests and the CLI). */
  public void refresh() {
    index.refresh();
  }

  @Override
  public void close() {
    index.close();
  }
}
