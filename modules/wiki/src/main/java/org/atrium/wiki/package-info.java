/**
 * The wiki of each space: a tree of pages with Markdown bodies, where every save is a revision
 * (author, time, comment) that is never lost or overwritten. Saves are conditional on the revision
 * the editor started from ({@code If-Match}), checked while the page row is locked, so of two
 * racing editors exactly one wins and the other is told what changed. Who may read or write is
 * always decided by the spaces module's {@link org.atrium.spaces.AccessPolicy}. Watchers and people
 * a revision newly mentions are found after commit by {@link org.atrium.wiki.WatchNotifier}, which
 * asks the microblog's notifier, through the outbox, to notify them; the wiki never calls it.
 */
package org.atrium.wiki;
