package org.atrium.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.atrium.files.store.FileStore;
import org.atrium.platform.Json;
import org.atrium.platform.db.Tx;
import org.atrium.platform.outbox.Outbox;
import org.atrium.platform.outbox.OutboxConsumer;
import org.atrium.platform.outbox.OutboxEvent;

/**
 * Extracts the text of each uploaded version once it is committed, and stores it for search. A
 * content is extracted once, however many files share it; each file still hears that its text is
 * ready. Parsing happens outside any transaction and within {@link TextExtractor}'s bounds.
 */
public final class FileTextConsumer implements OutboxConsumer {

  private final Tx tx;
  private final FileStore store;
  private final ContentStore contents;
  private final TextExtractor extractor;
  private final FileEvents events;
  private final Clock clock;

  public FileTextConsumer(
      Tx tx,
      FileStore store,
      ContentStore contents,
      TextExtractor extractor,
      Outbox outbox,
      Clock clock) {
    this.tx = tx;
    this.store = store;
    this.contents = contents;
    this.extractor = extractor;
    this.events = new FileEvents(outbox);
    this.clock = clock;
  }

  @Override
  public String name() {
    return "files.text";
  }

  @Override
  public boolean accepts(String topic) {
    return FileEvents.FILE_CHANGED.equals(topic);
  }

  @Override
  public void handle(OutboxEvent event) {
    JsonNode payload = payload(event);
    if (payload.path("deleted").asBoolean()) {
      return;
    }
    long fileId = Long.parseLong(event.aggregateId());
    String sha256 = payload.path("sha256").asText();
    boolean known = tx.read(() -> store.hasText(sha256));
    Path path = contents.path(sha256);
    ExtractedText text =
        known || !Files.exists(path)
            ? null
            : extractor.extract(path, payload.path("content_type").asText());
    tx.write(
        () -> {
          if (text != null && !store.hasText(sha256)) {
            store.saveText(sha256, text, clock.instant());
          }
          events.textReady(fileId, sha256);
        });
  }

  private static JsonNode payload(OutboxEvent event) {
    try {
      return Json.mapper().readTree(event.payload());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable outbox payload of event " + event.id(), e);
    }
  }
}
