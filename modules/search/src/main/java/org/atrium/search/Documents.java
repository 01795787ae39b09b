package org.atrium.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.atrium.platform.index.IndexDocument;
import org.atrium.platform.index.IndexDocument.Audience;
import org.atrium.platform.index.IndexDocument.Expertise;

/** Turns a module's {@link IndexDocument} into the Lucene document search queries expect. */
final class Documents {

  /** Analysed, stored, with offsets in the postings so that snippets need no re-analysis. */
  private static final FieldType HIGHLIGHTED = highlighted();

  private Documents() {}

  private static FieldType highlighted() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  static Term uid(String type, String id) {
    return new Term(Fields.UID, type + ":" + id);
  }

  static Document toLucene(IndexDocument source) {
    Document doc = new Document();
    doc.add(new StringField(Fields.UID, source.type() + ":" + source.id(), Field.Store.NO));
    keyword(doc, Fields.TYPE, source.type());
    doc.add(new SortedSetDocValuesField(Fields.TYPE, new BytesRef(source.type())));
    doc.add(new StoredField(Fields.ID, source.id()));
    doc.add(new StringField(Fields.AUDIENCE, source.audience().name(), Field.Store.NO));
    doc.add(
        new StringField(
            Fields.SPACE_ID,
            source.spaceId() == null ? Fields.NO_SPACE : source.spaceId().toString(),
            Field.Store.NO));
    if (source.audience() == Audience.PERSON) {
      doc.add(new StringField(Fields.PERSON_ID, source.id(), Field.Store.NO));
    }
    doc.add(new Field(Fields.TITLE, source.title(), HIGHLIGHTED));
    doc.add(new Field(Fields.BODY, source.body(), HIGHLIGHTED));
    doc.add(new StoredField(Fields.URL, source.url() == null ? "" : source.url()));
    if (source.author() != null) {
      doc.add(new StringField(Fields.AUTHOR, source.author(), Field.Store.YES));
      doc.add(new SortedDocValuesField(Fields.AUTHOR, new BytesRef(source.author())));
    }
    // Lucene wants every document to index a field the same way: undated ones sort as oldest.
    long millis = source.date() == null ? 0 : source.date().toEpochMilli();
    doc.add(new LongPoint(Fields.DATE, millis));
    doc.add(new NumericDocValuesField(Fields.DATE, millis));
    if (source.date() != null) {
      doc.add(new StoredField(Fields.DATE, millis));
    }
    doc.add(new NumericDocValuesField(Fields.REACTIONS, source.reactions()));
    doc.add(new StoredField(Fields.REACTIONS, source.reactions()));
    for (Map.Entry<String, List<String>> keywords : source.keywords().entrySet()) {
      for (String value : keywords.getValue()) {
        keyword(doc, keywords.getKey(), value);
      }
    }
    List<String> names = new ArrayList<>();
    List<String> declared = new ArrayList<>();
    for (Expertise skill : source.expertise()) {
      names.add(skill.skill());
      names.addAll(skill.synonyms());
      declared.add(
          skill.skill()
              + "\t"
              + skill.level()
              + "\t"
              + skill.endorsers()
              + "\t"
              + String.join("\t", skill.synonyms()));
    }
    if (source.audience() == Audience.PERSON) {
      person(doc, source, declared);
    }
    for (String name : names) {
      doc.add(new TextField(Fields.SKILLS, name, Field.Store.NO));
    }
    try {
      return FacetLayout.INSTANCE.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What ranking a person as an expert reads, as doc values ({@link PersonValues}). */
  private static void person(Document doc, IndexDocument source, List<String> declared) {
    single(doc, Fields.PERSON_UNIT, source.keywords().get("business_unit"));
    single(doc, Fields.PERSON_LOCATION, source.keywords().get("location"));
    if (!declared.isEmpty()) {
      doc.add(
          new BinaryDocValuesField(Fields.EXPERTISE, new BytesRef(String.join("\n", declared))));
    }
  }

  private static void single(Document doc, String field, List<String> values) {
    if (values != null && !values.isEmpty() && !values.getFirst().isEmpty()) {
      doc.add(new SortedDocValuesField(field, new BytesRef(values.getFirst())));
    }
  }

  /** An exact value to filter on, stored for display, and counted in facets. */
  private static void keyword(Document doc, String name, String value) {
    doc.add(new StringField(name, value, Field.Store.YES));
    if (!value.isEmpty()) {
      doc.add(new SortedSetDocValuesFacetField(name, value));
    }
  }
}
