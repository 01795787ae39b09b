package org.atrium.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.atrium.platform.index.IndexDocument;
import org.atrium.platform.index.IndexDocument.Audience;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk: what a finished rebuild records, and what it means on the next start. */
class SearchIndexTest {

  @TempDir Path dir;

  @Test
  @DisplayName("a rebuilt index is built on the next start; one built with an older layout is not")
  void layouts() throws IOException {
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertFalse(index.built(), "a new index must be filled from the database");
      index.rebuild(7, sink -> sink.add(post("1", "roadmap")));
    }
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertTrue(index.built());
      assertEquals(7, index.lastEvent());
    }
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.setLiveCommitData(Map.of("atrium.built", "true", "atrium.last_event", "7").entrySet());
      writer.commit();
    }
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertFalse(index.built(), "an index from before facets had their own field is rebuilt");
    }
  }

  @Test
  @DisplayName("while the index is rebuilt, the indexer steps aside for the outbox's others")
  void indexerStepsAsideDuringARebuild() throws IOException {
    try (SearchIndex index = SearchIndex.open(dir)) {
      Indexer indexer = new Indexer(index, List.of());
      assertTrue(indexer.ready());
      List<Boolean> readyDuring = new ArrayList<>();
      index.rebuild(1, sink -> readyDuring.add(indexer.ready()));
      assertEquals(List.of(false), readyDuring);
      assertTrue(indexer.ready());
    }
  }

  @Test
  @DisplayName("facets count every match by value, repeated values once per document")
  void facets() throws IOException {
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.rebuild(
          1,
          sink -> {
            sink.add(post("1", "lab", "java", "rust"));
            sink.add(post("2", "lab", "java"));
            sink.add(post("3", "ops", "java", "java"));
          });
      FacetCounter.Counts counts =
          index.search(
              searcher ->
                  FacetCounter.count(
                      searcher,
                      index.facets(searcher),
                      new MatchAllDocsQuery(),
                      List.of("space", "tag", "location"),
                      10));
      assertEquals(3, counts.total());
      assertEquals(Map.of("lab", 2, "ops", 1), counts.top().get("space"));
      assertEquals(List.of("java", "rust"), List.copyOf(counts.top().get("tag").keySet()));
      assertEquals(3, counts.top().get("tag").get("java"));
      assertEquals(Map.of(), counts.top().get("location"), "a dimension no document has");
    }
  }

  @Test
  @DisplayName("past 20,000 matches, values are estimated from a sample, and said to be")
  void broadQueriesCountASample() throws IOException {
    int posts = 3 * FacetCounter.SAMPLE + 1_000;
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.rebuild(
          1,
          sink -> {
            for (int i = 0; i < posts; i++) {
              sink.add(post(Integer.toString(i), i % 4 == 0 ? "lab" : "ops"));
            }
          });
      FacetCounter.Counts broad = count(index, new MatchAllDocsQuery());
      assertTrue(broad.approximate());
      assertEquals(posts, broad.total(), "the total stays exact");
      int lab = broad.top().get("space").get("lab");
      assertTrue(Math.abs(lab - posts / 4) < posts / 40, "a quarter, give or take 10%: " + lab);

      FacetCounter.Counts narrow = count(index, new TermQuery(new Term("space", "lab")));
      assertFalse(narrow.approximate());
      assertEquals(Map.of("lab", (posts + 3) / 4), narrow.top().get("space"));
    }
  }

  private static FacetCounter.Counts count(SearchIndex index, Query query) {
    return index.search(
        searcher ->
            FacetCounter.count(searcher, index.facets(searcher), query, List.of("space"), 10));
  }

  private static IndexDocument post(String id, String space, String... tags) {
    return new IndexDocument(
        "status",
        id,
        Audience.SPACE_CONTENT,
        1L,
        "",
        "About the roadmap",
        "/statuses/" + id,
        "ada",
        Instant.parse("2026-12-01T10:00:00Z"),
        0,
        Map.of("space", List.of(space), "tag", List.of(tags)),
        List.of());
  }
}
