/**
 * Persistence of wiki pages, their revisions and links. The entity stays here; {@link
 * org.atrium.wiki.store.WikiStore} answers with the records of {@code org.atrium.wiki}. Revisions
 * are only ever inserted, never updated or deleted.
 */
package org.atrium.wiki.store;
