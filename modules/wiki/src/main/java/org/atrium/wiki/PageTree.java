package org.atrium.wiki;

import org.atrium.platform.error.Conflict;
import org.atrium.platform.error.InvalidInput;
import org.atrium.spaces.SpaceAccess;
import org.atrium.wiki.store.WikiStore;

/**
 * The shape of a space's page tree: every parent is a live page of the same space and no page is
 * below itself. Changes to the shape run under {@link WikiStore#lockTree}, so these checks see a
 * tree nobody else is changing.
 */
final class PageTree {

  private final WikiStore store;

  PageTree(WikiStore store) {
    this.store = store;
  }

  void lock(SpaceAccess space) {
    store.lockTree(space.id());
  }

  /** Whether {@code page} sits under {@code parentSlug} (null: at the top) already. */
  boolean isUnder(PageRow page, String parentSlug) {
    if (page.parentId() == null || parentSlug == null) {
      return page.parentId() == null && parentSlug == null;
    }
    return store.row(page.parentId()).map(p -> p.slug().equals(parentSlug)).orElse(false);
  }

  /**
   * The id of the parent {@code parentSlug} names for {@code page} (null when creating), or 422
   * when it is not a live page of the space or would put the page below itself. Call it with the
   * tree locked.
   */
  Long parentFor(SpaceAccess space, PageRow page, String parentSlug) {
    if (parentSlug == null) {
      return null;
    }
    PageRow parent =
        store
            .find(space.id(), parentSlug)
            .filter(p -> !p.deleted())
            .orElseThrow(
                () ->
                    InvalidInput.of(
                        "parent", "there is no page '" + parentSlug + "' in this space"));
    if (page != null && store.isInSubtree(parent.id(), page.id())) {
      throw InvalidInput.of("parent", "a page cannot move below itself");
    }
    return parent.id();
  }

  /** A page can only go while nothing hangs below it, so no live page loses its parent. */
  void requireNoChildren(PageRow page) {
    if (store.hasLiveChildren(page.id())) {
      throw new Conflict("'" + page.slug() + "' has pages below it: move or delete those first");
    }
  }

  /** A page can only come back under a parent that is there. */
  void requireLiveParent(PageRow page) {
    if (page.parentId() == null) {
      return;
    }
    PageRow parent = store.row(page.parentId()).orElseThrow();
    if (parent.deleted()) {
      throw new Conflict(
          "the page above it, '" + parent.slug() + "', is deleted too: undelete that first");
    }
  }
}
