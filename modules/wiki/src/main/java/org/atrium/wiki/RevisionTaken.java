package org.atrium.wiki;

/**
 * Another save wrote the revision number this one was about to write: the loser of a race the page
 * lock did not settle (see {@code docs/decisions/0005-wiki-concurrency.md}). The store raises it
 * from the revisions' primary key; it never leaves the wiki module, whose services answer it as a
 * stale save.
 */
public final class RevisionTaken extends RuntimeException {

  public RevisionTaken(long pageId, int number) {
    super(
        "revision " + number + " of page " + pageId + " was written by another save",
        null,
        false,
        false);
  }
}
