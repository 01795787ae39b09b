package org.atrium.platform.index;

import java.util.Map;
import org.atrium.platform.outbox.Outbox;

/**
 * The outbox topic a module uses when a document changed and none of its domain events says so: the
 * index reloads the named document from its source.
 */
public final class IndexTopics {

  /** Payload {@code {"type": ..., "id": ...}}; the aggregate id is {@code type:id}. */
  public static final String REFRESH = "index.refresh";

  private IndexTopics() {}

  /** Asks the index, in the caller's transaction, to reload document {@code id} of {@code type}. */
  public static void refresh(Outbox outbox, String type, String id) {
    outbox.publish(REFRESH, type + ":" + id, Map.of("type", type, "id", id));
  }
}
