/**
 * The search benchmark: expertise relevance on an organisation with hidden true expertise, and
 * search, experts and reindex timings, runnable on its own ({@code SearchBench}).
 */
package org.atrium.bench.search;
