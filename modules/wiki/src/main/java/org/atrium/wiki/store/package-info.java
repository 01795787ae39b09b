/**
 * Persistence of wiki pages, their revisions and links, and who watches a page or a wiki ({@link
 * org.atrium.wiki.store.WatchStore}). The entity stays here; {@link
 * org.atrium.wiki.store.WikiStore} answers with the records of {@code org.atrium.wiki}. Revisions
 * are only ever inserted, never updated or deleted.
 */
package org.atrium.wiki.store;
