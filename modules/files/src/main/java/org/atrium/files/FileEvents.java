package org.atrium.files;

import java.util.Map;
import org.atrium.platform.outbox.Outbox;

/**
 * Tells the rest of Atrium, in the same commit, that a file changed or that its text is ready: text
 * extraction reacts to the first, search ({@code store.FileIndexSource}) to both.
 */
public final class FileEvents {

  public static final String FILE_CHANGED = "files.file.changed";
  public static final String TEXT_READY = "files.file.text";

  private final Outbox outbox;

  FileEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  /** A new version of file {@code fileId} was uploaded, or the file was deleted. */
  void fileChanged(StoredFile file, boolean deleted) {
    outbox.publish(
        FILE_CHANGED,
        Long.toString(file.id()),
        Map.of(
            "space",
            file.space(),
            "version",
            file.version(),
            "sha256",
            file.sha256(),
            "content_type",
            file.contentType(),
            "deleted",
            deleted));
  }

  /** The text of the content {@code sha256}, now the version of {@code fileId}, is stored. */
  void textReady(long fileId, String sha256) {
    outbox.publish(TEXT_READY, Long.toString(fileId), Map.of("sha256", sha256));
  }
}
