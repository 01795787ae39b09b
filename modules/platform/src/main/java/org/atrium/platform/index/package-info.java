/**
 * The search index's port: how a module makes its content searchable without knowing the search
 * module. Search only ever reads what modules describe here.
 *
 * <p>A module that owns searchable things implements {@link org.atrium.platform.index.IndexSource}
 * for each kind of document ({@code person}, {@code status}, {@code page}, {@code file}, {@code
 * question}, {@code answer}) and the web application registers it with search in {@code
 * Atrium.assemble}. A source answers three questions, always from the database as it is now:
 *
 * <ol>
 *   <li>which outbox topics may change its documents ({@link
 *       org.atrium.platform.index.IndexSource#topics}), and which documents a given event changed
 *       ({@link org.atrium.platform.index.IndexSource#affected});
 *   <li>what those documents look like now ({@link org.atrium.platform.index.IndexSource#load}); a
 *       document missing from the answer (deleted, deactivated) leaves the index;
 *   <li>every document it has, in batches, for a rebuild ({@link
 *       org.atrium.platform.index.IndexSource#scan}).
 * </ol>
 *
 * <p>Topics convention: a module keeps publishing its own domain events ({@code status.created},
 * {@code wiki.page.changed}) with the thing's id as the aggregate id, and lists them in {@code
 * topics()}. When something changes that no domain event covers, it publishes {@link
 * org.atrium.platform.index.IndexTopics#REFRESH} with {@link
 * org.atrium.platform.index.IndexTopics#refresh}, naming the document's type and id. Loading is
 * idempotent, so an event delivered twice or replayed after a crash does no harm.
 *
 * <p>Invariants: every {@link org.atrium.platform.index.IndexDocument} says who may see it through
 * its {@link org.atrium.platform.index.IndexDocument.Audience} and space; search turns the viewer's
 * readable spaces into a filter per request, so membership changes need no reindexing.
 */
package org.atrium.platform.index;
