package org.atrium.platform.index;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.atrium.platform.outbox.OutboxEvent;

/**
 * A module's documents of one type, for the search index: which events change them, what they look
 * like now, and all of them for a rebuild. Implementations read the database in their own
 * transaction and never throw for a document that no longer exists: they leave it out.
 */
public interface IndexSource {

  /** The type of every document this source describes ({@code status}). */
  String type();

  /** The outbox topics after which some of this source's documents may have changed. */
  Set<String> topics();

  /**
   * The ids of this source's documents that {@code event} (of one of its {@link #topics()}) may
   * have changed; usually just the event's aggregate id.
   */
  Collection<String> affected(OutboxEvent event);

  /**
   * The current documents among {@code ids}; the ids left out (deleted, deactivated, unknown) are
   * removed from the index.
   */
  List<IndexDocument> load(Collection<String> ids);

  /** How many documents a rebuild will see, roughly, for its progress bar. */
  long count();

  /** Hands every document to {@code batch}, a batch of at most {@code size} at a time. */
  void scan(int size, Consumer<List<IndexDocument>> batch);
}
