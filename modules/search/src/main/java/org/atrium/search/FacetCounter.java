package org.atrium.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts every matching document (the exact total) and, per facet field, how many matches carry
 * each value. Counting happens per segment on ordinals and is merged by value at each segment's
 * end, so it costs one pass over the matches.
 */
final class FacetCounter implements Collector {

  private final List<String> fields;
  private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
  private int total;

  FacetCounter(List<String> fields) {
    this.fields = fields;
    fields.forEach(field -> counts.put(field, new HashMap<>()));
  }

  /** A manager for searchers, merging the counts of each slice. */
  static CollectorManager<FacetCounter, FacetCounter> manager(List<String> fields) {
    return new CollectorManager<>() {
      @Override
      public FacetCounter newCollector() {
        return new FacetCounter(fields);
      }

      @Override
      public FacetCounter reduce(Collection<FacetCounter> collectors) {
        FacetCounter merged = new FacetCounter(fields);
        for (FacetCounter one : collectors) {
          merged.total += one.total;
          one.counts.forEach(
              (field, values) ->
                  values.forEach(
                      (value, n) -> merged.counts.get(field).merge(value, n, Integer::sum)));
        }
        return merged;
      }
    };
  }

  int total() {
    return total;
  }

  /** Each field's values, most frequent first, at most {@code limit} each. */
  Map<String, Map<String, Integer>> top(int limit) {
    Map<String, Map<String, Integer>> top = new LinkedHashMap<>();
    counts.forEach(
        (field, values) -> {
          Map<String, Integer> sorted = new LinkedHashMap<>();
          values.entrySet().stream()
              .sorted(
                  Map.Entry.<String, Integer>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .limit(limit)
              .forEach(e -> sorted.put(e.getKey(), e.getValue()));
          top.put(field, sorted);
        });
    return top;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    List<SortedSetDocValues> values = new ArrayList<>();
    List<int[]> ordinals = new ArrayList<>();
    for (String field : fields) {
      SortedSetDocValues docValues = DocValues.getSortedSet(context.reader(), field);
      values.add(docValues);
      ordinals.add(new int[(int) Math.min(Integer.MAX_VALUE - 8, docValues.getValueCount())]);
    }
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        total++;
        for (int i = 0; i < values.size(); i++) {
          SortedSetDocValues docValues = values.get(i);
          if (docValues.advanceExact(doc)) {
            int[] count = ordinals.get(i);
            for (int n = 0; n < docValues.docValueCount(); n++) {
              count[(int) docValues.nextOrd()]++;
            }
          }
        }
      }

      @Override
      public void finish() throws IOException {
        for (int i = 0; i < values.size(); i++) {
          int[] count = ordinals.get(i);
          Map<String, Integer> byValue = counts.get(fields.get(i));
          for (int ord = 0; ord < count.length; ord++) {
            if (count[ord] > 0) {
              byValue.merge(values.get(i).lookupOrd(ord).utf8ToString(), count[ord], Integer::sum);
            }
          }
        }
      }
    };
  }
}
