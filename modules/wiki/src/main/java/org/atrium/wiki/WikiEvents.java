package org.atrium.wiki;

import java.util.Map;
import org.atrium.platform.outbox.Outbox;

/**
 * Tells the rest of Atrium (search, the watch notifier) that a page changed, in the same commit,
 * and asks the microblog's notifier to notify people about pages.
 */
final class WikiEvents {

  static final String PAGE_CHANGED = "wiki.page.changed";

  private final Outbox outbox;

  WikiEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  /** Asks the microblog's notifier to tell {@code recipients} about a page (see {@link Notice}). */
  static final String NOTIFICATION = "wiki.notification";

  /**
   * Page {@code page} of {@code space} (stored as {@code pageId}) is now at {@code revision}, or
   * was deleted or undeleted, by person {@code by}.
   */
  void pageChanged(long pageId, String space, String page, int revision, boolean deleted, long by) {
    outbox.publish(
        PAGE_CHANGED,
        Long.toString(pageId),
        Map.of("space", space, "page", page, "revision", revision, "deleted", deleted, "by", by));
  }

  /**
   * Notifications of type {@code type} for {@code recipients} about revision {@code revision} of a
   * page, made by {@code actor}, on behalf of outbox event {@code sourceEvent} (so that a second
   * delivery of that event notifies nobody twice).
   */
  void notice(Notice notice) {
    outbox.publish(
        NOTIFICATION,
        Long.toString(notice.sourceEvent()),
        Map.of(
            "type", notice.type(),
            "recipient_ids", notice.recipients(),
            "actor_id", notice.actor(),
            "space_id", notice.spaceId(),
            "page", notice.page(),
            "title", notice.title(),
            "revision", notice.revision(),
            "source_event_id", notice.sourceEvent()));
  }

  /** What the notifier is asked to tell: see {@link #notice}. */
  record Notice(
      String type,
      java.util.List<Long> recipients,
      long actor,
      long spaceId,
      String page,
      String title,
      int revision,
      long sourceEvent) {}
}
