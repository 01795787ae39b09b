package org.atrium.search;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.util.BytesRef;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.BadRequest;

/**
 * Completions for a search box: people, skills and spaces by the words of their names (the last one
 * typed as a prefix, each allowing a typo), and tags from the posts the caller may read, so a tag
 * used only in a hidden space is never suggested.
 */
public final class SuggestService {

  private static final int MAX_LENGTH = 100;
  private static final int LIMIT = 10;
  private static final List<String> TYPES = List.of("people", "skills", "tags", "spaces");

  private final SearchService search;
  private final SearchIndex index;

  SuggestService(SearchService search, SearchIndex index) {
    this.search = search;
    this.index = index;
  }

  public List<Suggestion> suggest(Caller caller, String q, String type, int limit) {
    if (q == null || q.isBlank()) {
      return List.of();
    }
    if (q.length() > MAX_LENGTH) {
      throw new BadRequest("q: at most " + MAX_LENGTH + " characters");
    }
    List<String> types = type == null || type.isBlank() ? TYPES : List.of(type.trim());
    if (!TYPES.containsAll(types)) {
      throw new BadRequest("type: people, skills, tags or spaces");
    }
    int wanted = Math.clamp(limit <= 0 ? LIMIT : limit, 1, LIMIT);
    Query scope = search.scopeFilter(caller);
    return index.search(
        searcher -> {
          List<Suggestion> suggestions = new ArrayList<>();
          List<String> named = types.stream().filter(t -> !t.equals("tags")).toList();
          if (!named.isEmpty()) {
            suggestions.addAll(byName(searcher, scope, q, named, wanted));
          }
          if (types.contains("tags")) {
            suggestions.addAll(tags(searcher, scope, q, wanted));
          }
          return suggestions.stream().limit(wanted).toList();
        });
  }

  private List<Suggestion> byName(
      IndexSearcher searcher, Query scope, String q, List<String> types, int limit)
      throws IOException {
    List<String> words = words(index.analyzer(), q);
    if (words.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder name = new BooleanQuery.Builder();
    for (int i = 0; i < words.size(); i++) {
      name.add(word(words.get(i), i == words.size() - 1), Occur.MUST);
    }
    Query query =
        new BooleanQuery.Builder()
            .add(name.build(), Occur.MUST)
            .add(
                new TermInSetQuery(
                    Fields.TYPE, types.stream().map(t -> new BytesRef(Types.singular(t))).toList()),
                Occur.FILTER)
            .add(scope, Occur.FILTER)
            .build();
    StoredFields stored = searcher.storedFields();
    List<Suggestion> suggestions = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
      Document doc = stored.document(hit.doc);
      suggestions.add(
          new Suggestion(
              Types.plural(doc.get(Fields.TYPE)),
              doc.get(Fields.TITLE),
              doc.get(Fields.URL),
              doc.get("business_unit")));
    }
    return suggestions;
  }

  /** One word of a name: itself, as a prefix when it is the last one typed, or with a typo. */
  private static Query word(String word, boolean last) {
    Term term = new Term(Fields.TITLE, word);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(new BoostQuery(new TermQuery(term), 2f), Occur.SHOULD);
    if (last) {
      any.add(new PrefixQuery(term), Occur.SHOULD);
    }
    if (word.length() >= 3) {
      any.add(
          new BoostQuery(new FuzzyQuery(term, word.length() >= 6 ? 2 : 1, 1, 20, true), 0.5f),
          Occur.SHOULD);
    }
    return any.build();
  }

  private List<Suggestion> tags(IndexSearcher searcher, Query scope, String q, int limit)
      throws IOException {
    String prefix = q.trim().replaceFirst("^#", "").toLowerCase(Locale.ROOT);
    if (prefix.isEmpty()) {
      return List.of();
    }
    Term term = new Term("tag", prefix);
    BooleanQuery.Builder tag = new BooleanQuery.Builder();
    tag.add(new PrefixQuery(term), Occur.SHOULD);
    if (prefix.length() >= 3) {
      tag.add(new FuzzyQuery(term, 1, 1, 20, true), Occur.SHOULD);
    }
    Query query =
        new BooleanQuery.Builder().add(tag.build(), Occur.MUST).add(scope, Occur.FILTER).build();
    FacetCounter.Counts counts =
        FacetCounter.count(searcher, index.facets(searcher), query, List.of("tag"), 50);
    List<Suggestion> suggestions = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : counts.top().get("tag").entrySet()) {
      String value = entry.getKey();
      if (value.startsWith(prefix) || oneTypoApart(value, prefix)) {
        suggestions.add(
            new Suggestion(
                "tags",
                value,
                "/tags/" + URLEncoder.encode(value, StandardCharsets.UTF_8),
                entry.getValue() + (entry.getValue() == 1 ? " post" : " posts")));
      }
    }
    return suggestions.stream().limit(limit).toList();
  }

  private static boolean oneTypoApart(String a, String b) {
    float similarity = new LevenshteinDistance().getDistance(a, b);
    return (1 - similarity) * Math.max(a.length(), b.length()) <= 1.01;
  }

  private static List<String> words(Analyzer analyzer, String text) throws IOException {
    List<String> words = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(Fields.TITLE, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && words.size() < 8) {
        words.add(term.toString());
      }
      stream.end();
    }
    return words;
  }
}
