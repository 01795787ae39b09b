package org.atrium.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Counts what a query matches: the exact total and, per facet dimension, how many matches carry
 * each value (Lucene's facet module over {@link FacetLayout}'s one doc-values field, counted on the
 * reader's global ordinals so only the values shown are ever looked up).
 */
final class FacetCounter {

  private FacetCounter() {}

  /** What a count found: the total, and each dimension's values, most frequent first. */
  record Counts(int total, Map<String, Map<String, Integer>> top) {}

  /**
   * Counts the matches of {@code query} (without scoring them) and the {@code limit} most frequent
   * values of each of {@code dims}; {@code state} is empty while nothing in the index has a facet.
   */
  static Counts count(
      IndexSearcher searcher,
      Optional<SortedSetDocValuesReaderState> state,
      Query query,
      List<String> dims,
      int limit)
      throws IOException {
    FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
    int total =
        hits.getMatchingDocs().stream().mapToInt(FacetsCollector.MatchingDocs::totalHits).sum();
    Map<String, Map<String, Integer>> top = new LinkedHashMap<>();
    dims.forEach(dim -> top.put(dim, new LinkedHashMap<>()));
    if (total == 0 || state.isEmpty()) {
      return new Counts(total, top);
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state.get(), hits);
    for (String dim : dims) {
      if (state.get().getOrdRange(dim) == null) {
        continue;
      }
      FacetResult result = counts.getTopChildren(limit, dim);
      if (result != null) {
        for (LabelAndValue value : result.labelValues) {
          top.get(dim).put(value.label, value.value.intValue());
        }
      }
    }
    return new Counts(total, top);
  }
}
