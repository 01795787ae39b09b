package org.atrium.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.atrium.platform.Json;
import org.atrium.platform.index.IndexSource;
import org.atrium.platform.index.IndexTopics;
import org.atrium.platform.outbox.OutboxConsumer;
import org.atrium.platform.outbox.OutboxDispatcher;
import org.atrium.platform.outbox.OutboxEvent;

/**
 * Keeps the index in step with the database: for each committed event of a source's topics it
 * reloads the documents that event touched. Its cursor follows the index's last commit, so after a
 * crash the events the index had not yet made durable are delivered again.
 */
public final class Indexer implements OutboxConsumer {

  static final String NAME = "search-index";

  private final SearchIndex index;
  private final Map<String, IndexSource> byType;

  Indexer(SearchIndex index, List<IndexSource> sources) {
    this.index = index;
    this.byType =
        sources.stream().collect(Collectors.toMap(IndexSource::type, Function.identity()));
  }

  /** Registers with {@code dispatcher}, resuming after the last event the index holds on disk. */
  void register(OutboxDispatcher dispatcher) {
    dispatcher.moveCursor(this, index.lastEvent());
    dispatcher.register(this);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean accepts(String topic) {
    return topic.equals(IndexTopics.REFRESH)
        || byType.values().stream().anyMatch(source -> source.topics().contains(topic));
  }

  /** Not while the index is rebuilt: the rebuild replays what is committed meanwhile. */
  @Override
  public boolean ready() {
    return !index.rebuilding();
  }

  @Override
  public void handle(OutboxEvent event) {
    if (event.topic().equals(IndexTopics.REFRESH)) {
      Map<?, ?> payload = payload(event);
      IndexSource source = byType.get(String.valueOf(payload.get("type")));
      if (source != null) {
        reload(source, List.of(String.valueOf(payload.get("id"))), event.id());
      }
      return;
    }
    for (IndexSource source : byType.values()) {
      if (source.topics().contains(event.topic())) {
        reload(source, source.affected(event), event.id());
      }
    }
  }

  private static Map<?, ?> payload(OutboxEvent event) {
    try {
      return Json.mapper().readValue(event.payload(), Map.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event " + event.id() + " has no JSON payload", e);
    }
  }

  private void reload(IndexSource source, Collection<String> ids, long eventId) {
    index.apply(source.type(), ids, source.load(ids), eventId);
  }
}
