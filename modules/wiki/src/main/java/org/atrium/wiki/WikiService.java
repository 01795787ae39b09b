package org.atrium.wiki;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.atrium.people.Page;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.BadRequest;
import org.atrium.platform.error.Conflict;
import org.atrium.platform.error.PreconditionFailed;
import org.atrium.platform.error.Validator;
import org.atrium.platform.outbox.Outbox;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.SpaceAccess;
import org.atrium.wiki.SaveCondition.AtRevision;
import org.atrium.wiki.SaveCondition.NewPage;
import org.atrium.wiki.store.WikiStore;

/**
 * The pages of a space: the tree, reading, saving (creating or updating, never blindly), deleting
 * and undeleting, and backlinks. Reading needs read access to the space, writing needs to be able
 * to contribute to it; both are the access policy's call.
 */
public final class WikiService {

  static final int MAX_TITLE = 200;
  static final int MAX_BODY = 1_000_000;
  static final int MAX_COMMENT = 500;

  private final Tx tx;
  private final WikiStore store;
  private final AccessPolicy policy;
  private final PageFinder finder;
  private final PageTree tree;
  private final PageWriter writer;
  private final WikiEvents events;
  private final Clock clock;

  public WikiService(Tx tx, WikiStore store, AccessPolicy policy, Outbox outbox, Clock clock) {
    this.tx = tx;
    this.store = store;
    this.policy = policy;
    this.finder = new PageFinder(store);
    this.tree = new PageTree(store);
    this.events = new WikiEvents(outbox);
    this.writer = new PageWriter(store, events, clock);
    this.clock = clock;
  }

  /** Every live page of the space, with its parent: the whole tree in one answer. */
  public List<PageSummary> tree(Caller caller, String space) {
    return tx.read(() -> store.tree(policy.readable(caller, space).id()));
  }

  /** The deleted pages of the space, which those who can contribute may bring back. */
  public List<PageSummary> deleted(Caller caller, String space) {
    return tx.read(() -> store.deleted(policy.readable(caller, space).id()));
  }

  public WikiPage page(Caller caller, String space, String slug) {
    return tx.read(
            () -> {
              SpaceAccess access = policy.readable(caller, space);
              return store.page(access.slug(), finder.live(access, slug).id());
            })
        .rendered();
  }

  /**
   * Creates or updates a page, as {@code condition} says. An update succeeds only if the page is
   * still at the revision its editor started from; otherwise nothing is written and the 412 carries
   * the current revision and what changed since the editor's, so no edit is ever silently lost.
   */
  public WikiPage save(
      Caller caller, String space, String slug, PageDraft draft, SaveCondition condition) {
    PageDraft page = validated(slug, draft);
    WikiPage saved =
        switch (condition) {
          case NewPage create -> tx.write(() -> create(caller, space, slug, page));
          case AtRevision base -> update(caller, space, slug, page, base.number());
        };
    return saved.rendered();
  }

  /** Deletes a page softly: it leaves the tree and the links, its history stays. */
  public void delete(Caller caller, String space, String slug) {
    tx.write(
        () -> {
          SpaceAccess access = policy.contributable(caller, space);
          tree.lock(access);
          PageRow page = finder.lockedLive(access, slug);
          tree.requireNoChildren(page);
          store.delete(page.id(), caller.accountId(), clock.instant());
          events.pageChanged(
              page.id(), access.slug(), slug, page.revision(), true, caller.accountId());
        });
  }

  /** Brings a deleted page back as it was; undeleting a live page changes nothing. */
  public WikiPage undelete(Caller caller, String space, String slug) {
    return tx.write(
            () -> {
              SpaceAccess access = policy.contributable(caller, space);
              tree.lock(access);
              PageRow page = finder.locked(access, slug);
              if (page.deleted()) {
                tree.requireLiveParent(page);
                store.undelete(page.id());
                events.pageChanged(
                    page.id(), access.slug(), slug, page.revision(), false, caller.accountId());
              }
              return store.page(access.slug(), page.id());
            })
        .rendered();
  }

  /** Live pages of the same space whose current revision links here, by slug. */
  public Page<PageSummary> backlinks(
      Caller caller, String space, String slug, String cursor, int limit) {
    if (cursor != null && !PageSlugs.isValid(cursor)) {
      throw new BadRequest("the cursor is not one this server handed out");
    }
    return tx.read(
        () -> {
          SpaceAccess access = policy.readable(caller, space);
          PageRow page = finder.live(access, slug);
          return store.backlinks(access.id(), page.id(), slug, cursor, limit);
        });
  }

  private WikiPage create(Caller caller, String space, String slug, PageDraft draft) {
    SpaceAccess access = policy.contributable(caller, space);
    store.find(access.id(), slug).ifPresent(existing -> alreadyThere(access, existing));
    if (draft.parent() != null) {
      tree.lock(access);
    }
    Long parentId = tree.parentFor(access, null, draft.parent());
    return writer.create(access, slug, draft, parentId, caller);
  }

  /**
   * Saves the revision after {@code base}. The page row is locked while its current revision is
   * checked, so racing saves queue; should two get past the check all the same, the revisions'
   * primary key lets only one write, and the other is answered like any stale save.
   */
  private WikiPage update(Caller caller, String space, String slug, PageDraft draft, int base) {
    try {
      return tx.write(
          () -> {
            SpaceAccess access = policy.contributable(caller, space);
            boolean moves = !tree.isUnder(finder.live(access, slug), draft.parent());
            if (moves) {
              tree.lock(access);
            }
            PageRow page = finder.lockedLive(access, slug);
            if (page.revision() != base) {
              throw stale(access, page, base);
            }
            Long parentId = moves ? tree.parentFor(access, page, draft.parent()) : page.parentId();
            return writer.append(
                access, page, draft.title(), draft.body(), parentId, draft.comment(), caller);
          });
    } catch (RevisionTaken lost) {
      throw tx.read(
          () -> {
            SpaceAccess access = policy.readable(caller, space);
            PageRow page = finder.live(access, slug);
            return page.revision() != base
                ? stale(access, page, base)
                : new Conflict("'" + slug + "' was saved at the same moment; save again");
          });
    }
  }

  private static void alreadyThere(SpaceAccess space, PageRow existing) {
    if (existing.deleted()) {
      throw new Conflict(
          "the page '"
              + existing.slug()
              + "' was deleted; POST "
              + PageFinder.undeletePath(space, existing.slug())
              + " brings it back, then update it with If-Match");
    }
    throw new Conflict(
        "the page '"
            + existing.slug()
            + "' exists; update it with If-Match: \""
            + existing.revision()
            + "\" (its current revision)");
  }

  /**
   * The answer to a save based on revision {@code base} of a page now at a later one: the current
   * revision, and a unified diff from the editor's base to it, for the client to merge.
   */
  private PreconditionFailed stale(SpaceAccess space, PageRow page, int base) {
    WikiPage current = store.page(space.slug(), page.id());
    String baseBody = store.revision(space.slug(), page.id(), base).map(Revision::body).orElse("");
    String diff =
        WikiDiff.unified(
            page.slug() + "@" + base,
            baseBody,
            page.slug() + "@" + current.revision(),
            current.body());
    return new PreconditionFailed(
        "'"
            + page.slug()
            + "' is at revision "
            + current.revision()
            + ", not "
            + base
            + ", the one you edited. Merge your changes into the current revision (in 'current',"
            + " with what changed since yours in 'diff') and save again with If-Match: \""
            + current.revision()
            + "\"",
        Map.of(
            "current",
            new CurrentRevision(
                current.revision(), current.title(), current.body(), current.updatedBy()),
            "diff",
            diff));
  }

  private static PageDraft validated(String slug, PageDraft draft) {
    Validator v = new Validator();
    v.check(PageSlugs.isValid(slug), "slug", PageSlugs.RULE);
    v.required("title", draft.title()).maxLength("title", draft.title(), MAX_TITLE);
    v.check(draft.body() != null, "body", "is required (it may be empty)");
    v.maxLength("body", draft.body(), MAX_BODY);
    v.check(
        draft.parent() == null || PageSlugs.isValid(draft.parent()),
        "parent",
        "must be the slug of a page in this space");
    v.check(
        draft.parent() == null || !draft.parent().equals(slug),
        "parent",
        "a page cannot be its own parent");
    v.maxLength("comment", draft.comment(), MAX_COMMENT);
    v.validate();
    return new PageDraft(
        draft.title().strip(),
        draft.body(),
        draft.parent(),
        draft.comment() == null || draft.comment().isBlank() ? null : draft.comment().strip());
  }
}
