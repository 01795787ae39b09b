package org.atrium.files.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.atrium.files.FileDocument;
import org.atrium.files.FileEvents;
import org.atrium.platform.db.Tx;
import org.atrium.platform.index.IdOrderScan;
import org.atrium.platform.index.IndexDocument;
import org.atrium.platform.index.IndexDocument.Audience;
import org.atrium.platform.index.IndexSource;
import org.atrium.platform.outbox.OutboxEvent;

/**
 * Files as search documents: the name as title and the extracted text of the latest version as
 * body, whose first uploader counts as the author. A file is indexed by name as soon as it is
 * uploaded and again once its text is ready; a deleted file has no document.
 */
public final class FileIndexSource implements IndexSource {

  public static final String TYPE = "file";

  private final Tx tx;
  private final FileStore store;

  public FileIndexSource(Tx tx, FileStore store) {
    this.tx = tx;
    this.store = store;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Set<String> topics() {
    return Set.of(FileEvents.FILE_CHANGED, FileEvents.TEXT_READY);
  }

  @Override
  public Collection<String> affected(OutboxEvent event) {
    return List.of(event.aggregateId());
  }

  @Override
  public List<IndexDocument> load(Collection<String> ids) {
    return tx.read(
        () -> {
          List<IndexDocument> documents = new ArrayList<>();
          for (String id : ids) {
            store
                .document(Long.parseLong(id))
                .map(FileIndexSource::document)
                .ifPresent(documents::add);
          }
          return documents;
        });
  }

  @Override
  public long count() {
    return tx.read(store::liveCount);
  }

  @Override
  public void scan(int size, Consumer<List<IndexDocument>> batch) {
    IdOrderScan.pages(
        after -> tx.read(() -> store.documents(after, size)),
        FileDocument::id,
        files -> batch.accept(files.stream().map(FileIndexSource::document).toList()));
  }

  private static IndexDocument document(FileDocument file) {
    return new IndexDocument(
        TYPE,
        Long.toString(file.id()),
        Audience.SPACE_CONTENT,
        file.spaceId(),
        file.name(),
        file.text(),
        "/spaces/" + file.space() + "/files/" + file.id(),
        file.uploader(),
        file.updatedAt(),
        0,
        Map.of("space", List.of(file.space())),
        List.of());
  }
}
