package org.atrium.wiki;

import org.atrium.platform.auth.Caller;
import org.atrium.platform.db.Tx;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.SpaceAccess;
import org.atrium.wiki.store.WatchStore;
import org.atrium.wiki.store.WikiStore;

/**
 * Watching a page, or a space's whole wiki, to be notified when it changes. Anyone who can read the
 * space may watch; whether a watcher is still told is decided again at every change.
 */
public final class WatchService {

  private final Tx tx;
  private final WatchStore watches;
  private final AccessPolicy policy;
  private final PageFinder finder;

  public WatchService(Tx tx, WikiStore store, WatchStore watches, AccessPolicy policy) {
    this.tx = tx;
    this.watches = watches;
    this.policy = policy;
    this.finder = new PageFinder(store);
  }

  /** What the caller watches of page {@code slug}; a null slug asks about the wiki alone. */
  public Watching watching(Caller caller, String space, String slug) {
    return tx.read(
        () -> {
          SpaceAccess access = policy.readable(caller, space);
          boolean page =
              slug != null
                  && watches.watchesPage(finder.live(access, slug).id(), caller.accountId());
          return new Watching(page, watches.watchesSpace(access.id(), caller.accountId()));
        });
  }

  public Watching watchPage(Caller caller, String space, String slug) {
    tx.write(
        () -> {
          SpaceAccess access = policy.readable(caller, space);
          watches.watchPage(finder.live(access, slug).id(), caller.accountId());
        });
    return watching(caller, space, slug);
  }

  public Watching unwatchPage(Caller caller, String space, String slug) {
    tx.write(
        () -> {
          SpaceAccess access = policy.readable(caller, space);
          watches.unwatchPage(finder.live(access, slug).id(), caller.accountId());
        });
    return watching(caller, space, slug);
  }

  public Watching watchWiki(Caller caller, String space) {
    tx.write(() -> watches.watchSpace(policy.readable(caller, space).id(), caller.accountId()));
    return watching(caller, space, null);
  }

  public Watching unwatchWiki(Caller caller, String space) {
    tx.write(() -> watches.unwatchSpace(policy.readable(caller, space).id(), caller.accountId()));
    return watching(caller, space, null);
  }
}
