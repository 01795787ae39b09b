package org.atrium.wiki;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.atrium.platform.auth.Caller;
import org.atrium.spaces.SpaceAccess;
import org.atrium.wiki.store.WikiStore;

/**
 * Writes revisions: every creation, save and restore appends one (first, so that a save that lost
 * the race for its number changes nothing else), records the pages it links to and tells the
 * outbox, all in the caller's transaction.
 */
final class PageWriter {

  private final WikiStore store;
  private final WikiEvents events;
  private final Clock clock;

  PageWriter(WikiStore store, WikiEvents events, Clock clock) {
    this.store = store;
    this.events = events;
    this.clock = clock;
  }

  /** Creates page {@code slug} with its revision 1. */
  WikiPage create(SpaceAccess space, String slug, PageDraft draft, Long parentId, Caller caller) {
    Instant now = clock.instant();
    long id = store.create(space.id(), slug, parentId, caller.accountId(), now);
    store.addRevision(id, 1, draft.title(), draft.body(), draft.comment(), caller.accountId(), now);
    return written(space, id, slug, 1, draft.body(), caller);
  }

  /**
   * Appends the revision after {@code page}'s current one, which the caller holds locked; throws
   * {@link RevisionTaken} if another save wrote that number all the same.
   */
  WikiPage append(
      SpaceAccess space,
      PageRow page,
      String title,
      String body,
      Long parentId,
      String comment,
      Caller caller) {
    int next = page.revision() + 1;
    store.addRevision(page.id(), next, title, body, comment, caller.accountId(), clock.instant());
    if (!Objects.equals(parentId, page.parentId())) {
      store.setParent(page.id(), parentId);
    }
    return written(space, page.id(), page.slug(), next, body, caller);
  }

  private WikiPage written(
      SpaceAccess space, long pageId, String slug, int revision, String body, Caller caller) {
    store.setLinks(pageId, WikiText.links(body));
    events.pageChanged(pageId, space.slug(), slug, revision, false, caller.accountId());
    return store.page(space.slug(), pageId);
  }
}
