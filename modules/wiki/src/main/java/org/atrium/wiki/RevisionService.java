package org.atrium.wiki;

import java.time.Clock;
import java.util.List;
import org.atrium.people.Page;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.BadRequest;
import org.atrium.platform.error.Conflict;
import org.atrium.platform.error.NotFound;
import org.atrium.platform.outbox.Outbox;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.SpaceAccess;
import org.atrium.wiki.store.WikiStore;

/** The history of a page: its revisions, the difference between two, and restoring one. */
public final class RevisionService {

  private final Tx tx;
  private final WikiStore store;
  private final AccessPolicy policy;
  private final PageFinder finder;
  private final PageWriter writer;

  public RevisionService(Tx tx, WikiStore store, AccessPolicy policy, Outbox outbox, Clock clock) {
    this.tx = tx;
    this.store = store;
    this.policy = policy;
    this.finder = new PageFinder(store);
    this.writer = new PageWriter(store, new WikiEvents(outbox), clock);
  }

  /** The revisions of a page, newest first. */
  public Page<RevisionSummary> history(
      Caller caller, String space, String slug, String cursor, int limit) {
    Integer before = cursor == null ? null : cursor(cursor);
    return tx.read(
        () -> {
          SpaceAccess access = policy.readable(caller, space);
          return store.revisions(finder.live(access, slug).id(), before, limit);
        });
  }

  public Revision revision(Caller caller, String space, String slug, int number) {
    return tx.read(
            () -> {
              SpaceAccess access = policy.readable(caller, space);
              return existing(access, finder.live(access, slug), number);
            })
        .rendered();
  }

  /**
   * What changed from revision {@code from} to revision {@code to}: by default from the one before
   * {@code to} to {@code to}, which defaults to the current revision. Revision 0 is the empty page
   * before it was created.
   */
  public PageDiff diff(Caller caller, String space, String slug, Integer from, Integer to) {
    Compared pair =
        tx.read(
            () -> {
              SpaceAccess access = policy.readable(caller, space);
              PageRow page = finder.live(access, slug);
              int newer = to == null ? page.revision() : to;
              int older = from == null ? newer - 1 : from;
              return new Compared(body(access, page, older), body(access, page, newer));
            });
    Revision older = pair.older();
    Revision newer = pair.newer();
    List<DiffLine> lines = WikiDiff.rows(older.body(), newer.body());
    return new PageDiff(
        older.number(),
        newer.number(),
        WikiDiff.unified(
            slug + "@" + older.number(), older.body(), slug + "@" + newer.number(), newer.body()),
        WikiDiff.table(lines),
        lines);
  }

  /**
   * The page as it is now for an editor whose text {@code yours} was based on revision {@code
   * base}, with what changed since and their text merged into it, so that they can save again based
   * on the current revision without losing anything.
   */
  public EditConflict conflict(Caller caller, String space, String slug, int base, String yours) {
    Conflicting found =
        tx.read(
            () -> {
              SpaceAccess access = policy.readable(caller, space);
              PageRow page = finder.live(access, slug);
              Revision older = body(access, page, Math.clamp(base, 0, page.revision()));
              return new Conflicting(store.page(access.slug(), page.id()), older);
            });
    WikiPage current = found.current().rendered();
    String original = found.base().body();
    return new EditConflict(
        current,
        found.base().number(),
        WikiDiff.rows(original, current.body()),
        WikiMerge.merge(original, yours, current.body(), current.revision()));
  }

  /** The page now and the revision an editor started from, read in one transaction. */
  private record Conflicting(WikiPage current, Revision base) {}

  /**
   * Makes an old revision current again, as a new revision; the history keeps everything. A save
   * that takes the next number at the same moment makes this a 409, to be tried again.
   */
  public WikiPage restore(Caller caller, String space, String slug, int number) {
    try {
      return restoring(caller, space, slug, number).rendered();
    } catch (RevisionTaken raced) {
      throw new Conflict("'" + slug + "' was saved at the same moment; restore it again");
    }
  }

  private WikiPage restoring(Caller caller, String space, String slug, int number) {
    return tx.write(
        () -> {
          SpaceAccess access = policy.contributable(caller, space);
          PageRow page = finder.lockedLive(access, slug);
          Revision old = existing(access, page, number);
          return writer.append(
              access,
              page,
              old.title(),
              old.body(),
              page.parentId(),
              "Restored revision " + number,
              caller);
        });
  }

  private Revision existing(SpaceAccess access, PageRow page, int number) {
    return store
        .revision(access.slug(), page.id(), number)
        .orElseThrow(() -> new NotFound("'" + page.slug() + "' has no revision " + number));
  }

  /** A revision to diff; revision 0 is the empty page before the first. */
  private Revision body(SpaceAccess access, PageRow page, int number) {
    if (number == 0) {
      return new Revision(access.slug(), 0, "", "", null, null, null, null);
    }
    return existing(access, page, number);
  }

  /** Two revisions to compare, read in one transaction and diffed after it. */
  private record Compared(Revision older, Revision newer) {}

  private static int cursor(String cursor) {
    try {
      return Integer.parseInt(cursor);
    } catch (NumberFormatException e) {
      throw new BadRequest("the cursor is not one this server handed out");
    }
  }
}
