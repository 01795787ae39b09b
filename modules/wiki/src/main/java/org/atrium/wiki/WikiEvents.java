package org.atrium.wiki;

import java.util.Map;
import org.atrium.platform.outbox.Outbox;

/** Tells the rest of Atrium (search, later watchers) that a page changed, in the same commit. */
final class WikiEvents {

  static final String PAGE_CHANGED = "wiki.page.changed";

  private final Outbox outbox;

  WikiEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  /**
   * Page {@code page} of {@code space} (stored as {@code pageId}) is now at {@code revision}, or
   * was deleted or undeleted.
   */
  void pageChanged(long pageId, String space, String page, int revision, boolean deleted) {
    outbox.publish(
        PAGE_CHANGED,
        Long.toString(pageId),
        Map.of("space", space, "page", page, "revision", revision, "deleted", deleted));
  }
}
