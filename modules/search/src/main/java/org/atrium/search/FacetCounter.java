package org.atrium.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Counts what a query matches: the exact total and, per facet dimension, how many matches carry
 * each value (Lucene's facet module over {@link FacetLayout}'s one doc-values field, counted on the
 * reader's global ordinals so only the values shown are ever looked up).
 *
 * <p>Values are counted on every match up to {@link #SAMPLE} matches; beyond, on an even random
 * sample of that many (the same for the same query and index), scaled up and flagged approximate.
 * Reading each match's values is most of the cost of a broad search, and "about 41,000 posts"
 * guides a person as well as the exact count would.
 */
final class FacetCounter {

  /** Matches beyond which values are counted on a sample of this many. */
  static final int SAMPLE = 20_000;

  /** A fixed seed: the same query on the same index shows the same counts. */
  private static final long SEED = 0x5EA5C4L;

  private FacetCounter() {}

  /**
   * What a count found: the total, and each dimension's values, most frequent first.
   *
   * @param approximate whether the values were counted on a sample
   */
  record Counts(int total, Map<String, Map<String, Integer>> top, boolean approximate) {}

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
    RandomSamplingFacetsCollector hits =
        searcher.search(query, RandomSamplingFacetsCollector.createManager(SAMPLE, SEED));
    int total =
        hits.getOriginalMatchingDocs().stream()
            .mapToInt(FacetsCollector.MatchingDocs::totalHits)
            .sum();
    Map<String, Map<String, Integer>> top = new LinkedHashMap<>();
    dims.forEach(dim -> top.put(dim, new LinkedHashMap<>()));
    if (total == 0 || state.isEmpty()) {
      return new Counts(total, top, false);
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state.get(), hits);
    int counted = counted(hits.getMatchingDocs());
    boolean sampled = counted < total;
    double rate = (double) counted / total;
    for (String dim : dims) {
      if (state.get().getOrdRange(dim) == null) {
        continue;
      }
      FacetResult result = counts.getTopChildren(limit, dim);
      if (result != null) {
        for (LabelAndValue value : result.labelValues) {
          int n = value.value.intValue();
          top.get(dim).put(value.label, sampled ? scaled(n, rate, total) : n);
        }
      }
    }
    return new Counts(total, top, sampled);
  }

  /**
   * How many matches the values were counted on: Lucene samples one match in every {@code matches /
   * SAMPLE} (rounded down), so its nominal rate can be off by up to half.
   */
  private static int counted(List<FacetsCollector.MatchingDocs> docs) throws IOException {
    int counted = 0;
    for (FacetsCollector.MatchingDocs segment : docs) {
      DocIdSetIterator matches = segment.bits().iterator();
      while (matches != null && matches.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
        counted++;
      }
    }
    return counted;
  }

  /** A sample's count as an estimate over all matches: at least one, at most every match. */
  private static int scaled(int counted, double rate, int total) {
    return (int) Math.max(1, Math.min(total, Math.round(counted / rate)));
  }
}
