package org.atrium.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of search hits, the exact number of matches the caller may see, and facet counts over
 * those matches.
 *
 * @param facetsApproximate whether the facet counts are estimates from a sample of the matches
 *     (past 20,000 of them), not exact
 */
public record SearchResults(
    long total,
    List<Hit> results,
    Map<String, Map<String, Integer>> facets,
    boolean facetsApproximate) {

  /**
   * One hit.
   *
   * @param snippet HTML: the matching passage, escaped, with matches in {@code <mark>}
   */
  public record Hit(
      String type,
      String id,
      String title,
      String snippet,
      String url,
      float score,
      String author,
      Instant date,
      String space) {}
}
