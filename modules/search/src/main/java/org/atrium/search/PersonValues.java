package org.atrium.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * What ranking experts needs of person documents, read from doc values: stored fields are
 * decompressed a block at a time, and reading a thousand candidates' documents that way was most of
 * an expert search. Stored fields are left for the few people finally shown.
 *
 * @param doc the document, in the searcher's numbering
 * @param username who the person is
 * @param businessUnit their business unit, or null
 * @param location their location, or null
 * @param expertise their declared skills, as {@link Documents} writes them
 */
record PersonValues(
    int doc, String username, String businessUnit, String location, List<String> expertise) {

  /** The values of the person documents among {@code hits}, in document order. */
  static List<PersonValues> of(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    int[] docs = Arrays.stream(hits).mapToInt(hit -> hit.doc).sorted().toArray();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<PersonValues> people = new ArrayList<>();
    Leaf leaf = null;
    for (int doc : docs) {
      LeafReaderContext context = leaves.get(ReaderUtil.subIndex(doc, leaves));
      if (leaf == null || leaf.context != context) {
        leaf = new Leaf(context);
      }
      PersonValues person = leaf.read(doc);
      if (person != null) {
        people.add(person);
      }
    }
    return people;
  }

  /** One segment's doc values, read forwards. */
  private static final class Leaf {
    private final LeafReaderContext context;
    private final SortedDocValues usernames;
    private final SortedDocValues units;
    private final SortedDocValues locations;
    private final BinaryDocValues expertise;

    Leaf(LeafReaderContext context) throws IOException {
      this.context = context;
      LeafReader reader = context.reader();
      this.usernames = DocValues.getSorted(reader, Fields.AUTHOR);
      this.units = DocValues.getSorted(reader, Fields.PERSON_UNIT);
      this.locations = DocValues.getSorted(reader, Fields.PERSON_LOCATION);
      this.expertise = DocValues.getBinary(reader, Fields.EXPERTISE);
    }

    PersonValues read(int doc) throws IOException {
      int local = doc - context.docBase;
      if (!usernames.advanceExact(local)) {
        return null;
      }
      List<String> skills =
          expertise.advanceExact(local)
              ? List.of(expertise.binaryValue().utf8ToString().split("\n"))
              : List.of();
      return new PersonValues(
          doc,
          text(usernames, usernames.ordValue()),
          value(units, local),
          value(locations, local),
          skills);
    }

    private static String value(SortedDocValues values, int local) throws IOException {
      return values.advanceExact(local) ? text(values, values.ordValue()) : null;
    }

    private static String text(SortedDocValues values, int ord) throws IOException {
      return values.lookupOrd(ord).utf8ToString();
    }
  }
}
