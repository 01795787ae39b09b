package org.atrium.wiki;

/**
 * What a save expects to find, so that it never overwrites work its author has not seen: no page at
 * all (creating, {@code If-None-Match: *}), or the page at the revision the editor started from
 * ({@code If-Match}). There is no unconditional save.
 */
public sealed interface SaveCondition {

  /** Create the page; it must not exist, not even deleted. */
  record NewPage() implements SaveCondition {}

  /** Update the page; it must still be at revision {@code number}. */
  record AtRevision(int number) implements SaveCondition {}
}
