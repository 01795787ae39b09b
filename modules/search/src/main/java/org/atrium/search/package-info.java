/**
 * Search: a Lucene index fed from the outbox, and the content, expertise and suggestion searches
 * that read it.
 *
 * <p>Documents come only from {@link org.atrium.platform.index.IndexSource}s that other modules
 * register; the {@link org.atrium.search.Indexer} reloads the documents each committed event
 * touched, and {@link org.atrium.search.Search#rebuild} replays every source. The index commits
 * every second with the id of the last event it holds, and the indexer's outbox cursor is moved
 * back to it at start-up, so after {@code kill -9} nothing acknowledged is missing. Searches see
 * writes within about 100 ms (near-real-time reopen).
 *
 * <p>Invariant: every query runs under {@code ScopeFilter}, built per request from the access
 * policy's {@link org.atrium.spaces.SearchScope}, so results, totals, facets, snippets, evidence
 * and suggestions only ever show what the caller may see.
 */
package org.atrium.search;
