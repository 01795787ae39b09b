package org.atrium.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What people type, as Lucene queries: the matching-only form finds exactly what the full one does.
 */
class UserQueryTest {

  private static final List<String> TEXTS =
      List.of(
          "The roadmap for the data warehouse",
          "Two roadmaps and a road map",
          "Road works on the pipeline",
          "Roadside pipelines, no plan",
          "Nothing to see here");

  @Test
  @DisplayName("counting without scores finds the same documents as the scored query")
  void matchingFindsTheSame() throws IOException {
    Analyzer analyzer = Analysis.analyzer();
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (String text : TEXTS) {
          Document doc = new Document();
          doc.add(new TextField(Fields.TITLE, text, Field.Store.NO));
          doc.add(new TextField(Fields.BODY, text.toLowerCase(), Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (String typed :
            List.of(
                "roadmap",
                "road",
                "road map",
                "\"road map\"",
                "roadm*",
                "road -roadmap",
                "pipeline OR plan",
                "pipelin")) {
          for (boolean typos : List.of(false, true)) {
            Query full = UserQuery.parse(typed, analyzer, typos);
            Query matching = UserQuery.matching(full);
            assertEquals(
                searcher.count(full), searcher.count(matching), typed + " (typos " + typos + ")");
          }
        }
        Query road = UserQuery.parse("road", analyzer, false);
        assertNotEquals(road, UserQuery.matching(road), "the exact form is dropped");
      }
    }
  }
}
