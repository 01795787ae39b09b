package org.atrium.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.atrium.platform.index.IndexDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index on disk: one writer, near-real-time searchers refreshed every 100 ms, and a
 * commit every second that records the last outbox event it contains, so that after a crash the
 * indexer resumes from what is really on disk. A rebuild holds the write lock: the indexer waits.
 */
public final class SearchIndex implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

  /** The commit-data key under which the last applied outbox event id is kept. */
  private static final String LAST_EVENT = "atrium.last_event";

  /**
   * The commit-data key that says a full rebuild has completed into this index, naming the {@link
   * #LAYOUT} it was built with.
   */
  private static final String BUILT = "atrium.built";

  /**
   * The layout of the documents this code writes; an index built with another one is rebuilt from
   * the database on start. 2: facet values in Lucene's facet field; 3: what ranking experts reads
   * of a person as doc values.
   */
  private static final String LAYOUT = "3";

  private static final double MAX_STALE_SECONDS = 0.1;

  private final Path path;
  private final Analyzer analyzer = Analysis.analyzer();
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
  private final ScheduledExecutorService committer;

  private final SideThreads beside = new SideThreads();

  private final AtomicLong lastEvent = new AtomicLong();
  private final ReadWriteLock rebuild = new ReentrantReadWriteLock();
  private final Cache<IndexReader, Optional<SortedSetDocValuesReaderState>> facetStates =
      Caffeine.newBuilder().weakKeys().maximumSize(4).build();
  private volatile boolean built;
  private volatile boolean rebuilding;

  private SearchIndex(Path path) throws IOException {
    this.path = path;
    Files.createDirectories(path);
    this.directory = FSDirectory.open(path);
    boolean created = !DirectoryReader.indexExists(directory);
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    if (created) {
      writer.commit();
    }
    Map<String, String> committed = SegmentInfos.readLatestCommit(directory).getUserData();
    this.lastEvent.set(Long.parseLong(committed.getOrDefault(LAST_EVENT, "0")));
    this.built = LAYOUT.equals(committed.get(BUILT));
    this.searchers = new SearcherManager(writer, new SearcherFactory());
    this.reopener =
        new ControlledRealTimeReopenThread<>(writer, searchers, MAX_STALE_SECONDS, 0.01);
    reopener.setName("search-reopen");
    reopener.setDaemon(true);
    reopener.start();
    this.committer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "search-commit");
              thread.setDaemon(true);
              return thread;
            });
    committer.scheduleWithFixedDelay(this::commitQuietly, 1, 1, TimeUnit.SECONDS);
  }

  /** Opens (creating when missing) the index in {@code path}. */
  public static SearchIndex open(Path path) {
    try {
      return new SearchIndex(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + path, e);
    }
  }

  /**
   * Whether a full rebuild has ever completed into this index; a new or interrupted one must be
   * rebuilt from the database.
   */
  public boolean built() {
    return built;
  }

  public boolean rebuilding() {
    return rebuilding;
  }

  /** The last outbox event whose changes the index holds. */
  long lastEvent() {
    return lastEvent.get();
  }

  Analyzer analyzer() {
    return analyzer;
  }

  Path path() {
    return path;
  }

  /** Replaces the documents of {@code type} with ids {@code ids} by {@code current}. */
  void apply(String type, Collection<String> ids, List<IndexDocument> current, long eventId) {
    rebuild.readLock().lock();
    try {
      for (String id : ids) {
        if (current.stream().noneMatch(doc -> doc.id().equals(id))) {
          writer.deleteDocuments(Documents.uid(type, id));
        }
      }
      for (IndexDocument doc : current) {
        writer.updateDocument(Documents.uid(doc.type(), doc.id()), Documents.toLucene(doc));
      }
      lastEvent.accumulateAndGet(eventId, Math::max);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      rebuild.readLock().unlock();
    }
  }

  /**
   * Empties the index and refills it through {@code refill}, with no indexer write in between;
   * afterwards the index holds everything up to {@code eventId}.
   */
  void rebuild(long eventId, RebuildWork refill) {
    // Said before the lock is taken, so that the indexer stops asking for it (and holding up the
    // outbox's other consumers behind it) from now on.
    rebuilding = true;
    rebuild.writeLock().lock();
    built = false;
    try {
      writer.deleteAll();
      refill.run(doc -> writer.addDocument(Documents.toLucene(doc)));
      lastEvent.set(eventId);
      built = true;
      commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      rebuilding = false;
      rebuild.writeLock().unlock();
    }
  }

  /** What a rebuild does with the writer. */
  @FunctionalInterface
  interface RebuildWork {
    void run(DocumentSink sink) throws IOException;
  }

  /** Adds one document during a rebuild. */
  @FunctionalInterface
  interface DocumentSink {
    void add(IndexDocument doc) throws IOException;
  }

  /**
   * The facet ordinals of {@code searcher}'s reader, worked out on its first search (a reader lives
   * until the next refresh); empty while no document carries a facet.
   */
  Optional<SortedSetDocValuesReaderState> facets(IndexSearcher searcher) {
    return facetStates.get(searcher.getIndexReader(), SearchIndex::facetState);
  }

  private static Optional<SortedSetDocValuesReaderState> facetState(IndexReader reader) {
    try {
      if (MultiDocValues.getSortedSetValues(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
          == null) {
        return Optional.empty();
      }
      return Optional.of(new DefaultSortedSetDocValuesReaderState(reader, FacetLayout.INSTANCE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where a search offers the work it can do beside its own thread. */
  SideThreads beside() {
    return beside;
  }

  /** Runs {@code query} on a current searcher. */
  <T> T search(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.run(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Work on a searcher. */
  @FunctionalInterface
  interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  /** Makes everything applied so far visible to the next search at once. */
  void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many documents the index holds, as the newest searcher sees it. */
  public int size() {
    return search(searcher -> searcher.getIndexReader().numDocs());
  }

  /** Whether the index answers: the writer is open and a searcher can be had. */
  public boolean healthy() {
    try {
      return writer.isOpen() && size() >= 0;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private synchronized void commit() throws IOException {
    writer.setLiveCommitData(
        Map.of(LAST_EVENT, Long.toString(lastEvent.get()), BUILT, built ? LAYOUT : "no")
            .entrySet());
    writer.commit();
  }

  private void commitQuietly() {
    try {
      if (writer.isOpen() && writer.hasUncommittedChanges()) {
        commit();
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("search index commit failed; retrying in a second", e);
    }
  }

  @Override
  public void close() {
    committer.shutdown();
    try {
      committer.awaitTermination(5, TimeUnit.SECONDS);
      reopener.close();
      searchers.close();
      beside.close();
      if (writer.isOpen()) {
        commit();
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
