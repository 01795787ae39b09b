package org.atrium.wiki;

import org.atrium.platform.error.NotFound;
import org.atrium.spaces.SpaceAccess;
import org.atrium.wiki.store.WikiStore;

/** Finds the live (not deleted) page a request names, or answers 404 saying why. */
final class PageFinder {

  private final WikiStore store;

  PageFinder(WikiStore store) {
    this.store = store;
  }

  PageRow live(SpaceAccess space, String slug) {
    return requireLive(space, slug, store.find(space.id(), slug).orElse(null));
  }

  /** The live page, locked until the transaction ends (see {@link WikiStore#lock}). */
  PageRow lockedLive(SpaceAccess space, String slug) {
    return requireLive(space, slug, store.lock(space.id(), slug).orElse(null));
  }

  /** The page, deleted or not, locked until the transaction ends. */
  PageRow locked(SpaceAccess space, String slug) {
    return store.lock(space.id(), slug).orElseThrow(() -> notFound(space, slug));
  }

  static NotFound notFound(SpaceAccess space, String slug) {
    return new NotFound("no page '" + slug + "' in '" + space.slug() + "'");
  }

  /** Where a deleted page can be brought back from. */
  static String undeletePath(SpaceAccess space, String slug) {
    return "/api/v1/spaces/" + space.slug() + "/pages/" + slug + "/undelete";
  }

  private static PageRow requireLive(SpaceAccess space, String slug, PageRow row) {
    if (row == null) {
      throw notFound(space, slug);
    }
    if (row.deleted()) {
      throw new NotFound(
          "the page '"
              + slug
              + "' was deleted; POST "
              + undeletePath(space, slug)
              + " brings it back");
    }
    return row;
  }
}
