package org.atrium.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.BadRequest;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.SearchScope;

/**
 * Content search: BM25 over titles and bodies under the caller's scope filter, with filters,
 * relevance or date order, highlighted snippets and facet counts of what the caller may see.
 */
public final class SearchService {

  private static final int FACET_VALUES = 20;
  private static final int TITLE_LENGTH = 80;

  /** Hits below which a search is tried again with typos allowed. */
  private static final int TYPOS_BELOW = 5;

  private final Tx tx;
  private final AccessPolicy policy;
  private final SearchIndex index;
  private final ScopeFilter scopeFilter = new ScopeFilter();

  public SearchService(Tx tx, AccessPolicy policy, SearchIndex index) {
    this.tx = tx;
    this.policy = policy;
    this.index = index;
  }

  /**
   * What the caller may find, as a filter for every query: their scope is read now, so membership
   * changes apply to the very next search.
   */
  Query scopeFilter(Caller caller) {
    SearchScope scope = tx.read(() -> policy.searchScope(caller));
    return scopeFilter.of(scope);
  }

  /**
   * The Lucene query a search runs first for the caller: what they typed, under their scope filter
   * and the request's filters. The benchmark runs it on a bare searcher as its baseline.
   */
  public Query query(Caller caller, SearchRequest request) {
    return both(
        UserQuery.parse(request.q(), index.analyzer(), false),
        scopeFilter(caller),
        filters(request, false));
  }

  /**
   * Searches with the words as typed (each also as a prefix); only when they find less than {@link
   * #TYPOS_BELOW} hits does it search again allowing a typo in each word, which costs more than the
   * rest of a search and would mostly add noise to a query that already finds plenty.
   */
  public SearchResults search(Caller caller, SearchRequest request) {
    if (!List.of("date", "relevance").contains(request.sort())) {
      throw new BadRequest("sort: relevance or date");
    }
    Query typed = UserQuery.parse(request.q(), index.analyzer(), false);
    Query scope = scopeFilter(caller);
    Query filters = filters(request, false);
    return index.search(
        searcher -> {
          Query highlight = UserQuery.exact(request.q(), index.analyzer());
          Found found = find(searcher, typed, scope, filters, highlight, request);
          if (found.counts().total() < TYPOS_BELOW && request.q() != null) {
            Query tolerant = UserQuery.parse(request.q(), index.analyzer(), true);
            found = find(searcher, tolerant, scope, filters, highlight, request);
          }
          Map<String, Map<String, Integer>> facets = facets(found.counts());
          boolean approximate = found.counts().approximate();
          if (request.type() != null) {
            FacetCounter.Counts types =
                FacetCounter.count(
                    searcher,
                    index.facets(searcher),
                    both(UserQuery.matching(found.text()), scope, filters(request, true)),
                    List.of(Fields.TYPE),
                    FACET_VALUES);
            facets.put(Fields.TYPE, plural(types.top().get(Fields.TYPE)));
            approximate |= types.approximate();
          }
          return new SearchResults(found.counts().total(), found.hits(), facets, approximate);
        });
  }

  /** What one pass found: the hits shown and the counts, for the text query it ran. */
  private record Found(Query text, List<SearchResults.Hit> hits, FacetCounter.Counts counts) {}

  /**
   * Counts every match without scoring it, and finds and highlights the shown ones in a pass of
   * their own, beside it on another thread when one is free: collected together, every match would
   * be scored, while the top hits alone let Lucene skip the blocks that cannot reach them.
   */
  private Found find(
      IndexSearcher searcher,
      Query text,
      Query scope,
      Query filters,
      Query highlight,
      SearchRequest request)
      throws IOException {
    Query query = both(text, scope, filters);
    FutureTask<List<SearchResults.Hit>> shown =
        new FutureTask<>(() -> hits(searcher, top(searcher, query, request), highlight, request));
    index.beside().offer(shown);
    Query matches = both(UserQuery.matching(text), scope, filters);
    FacetCounter.Counts counts;
    try {
      counts =
          FacetCounter.count(
              searcher, index.facets(searcher), matches, Fields.FACETS, FACET_VALUES);
    } catch (IOException | RuntimeException e) {
      shown.cancel(false);
      throw e;
    }
    shown.run();
    try {
      return new Found(text, shown.get(), counts);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while searching", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The top {@code offset + limit} matches of {@code query}, by score or by date. */
  private static TopDocs top(IndexSearcher searcher, Query query, SearchRequest request)
      throws IOException {
    int wanted = request.offset() + request.limit();
    return "date".equals(request.sort())
        ? searcher.search(
            query,
            new TopFieldCollectorManager(
                new Sort(new SortField(Fields.DATE, SortField.Type.LONG, true)),
                wanted,
                null,
                wanted))
        : searcher.search(query, new TopScoreDocCollectorManager(wanted, null, wanted));
  }

  private static Map<String, Map<String, Integer>> facets(FacetCounter.Counts counts) {
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>(counts.top());
    facets.put(Fields.TYPE, plural(facets.get(Fields.TYPE)));
    return facets;
  }

  private static Map<String, Integer> plural(Map<String, Integer> types) {
    Map<String, Integer> plural = new LinkedHashMap<>();
    types.forEach((type, n) -> plural.put(Types.plural(type), n));
    return plural;
  }

  private List<SearchResults.Hit> hits(
      IndexSearcher searcher, TopDocs docs, Query text, SearchRequest request) throws IOException {
    ScoreDoc[] page =
        Arrays.copyOfRange(
            docs.scoreDocs,
            Math.min(request.offset(), docs.scoreDocs.length),
            docs.scoreDocs.length);
    if (page.length == 0) {
      return List.of();
    }
    TopDocs shown = new TopDocs(docs.totalHits, page);
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, index.analyzer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxLength(20_000)
            .build();
    Map<String, String[]> snippets =
        highlighter.highlightFields(
            new String[] {Fields.TITLE, Fields.BODY}, text, shown, new int[] {1, 2});
    StoredFields stored = searcher.storedFields();
    List<SearchResults.Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      Document doc = stored.document(page[i].doc);
      String body = snippets.get(Fields.BODY)[i];
      hits.add(
          new SearchResults.Hit(
              Types.plural(doc.get(Fields.TYPE)),
              doc.get(Fields.ID),
              title(doc),
              body == null ? "" : body,
              doc.get(Fields.URL),
              Float.isNaN(page[i].score) ? 0 : page[i].score,
              doc.get(Fields.AUTHOR),
              date(doc),
              doc.get("space")));
    }
    return hits;
  }

  static String title(Document doc) {
    String title = doc.get(Fields.TITLE);
    if (title != null && !title.isBlank()) {
      return title;
    }
    String body = doc.get(Fields.BODY);
    String line = body == null ? "" : body.strip().replaceAll("\\s+", " ");
    return line.length() <= TITLE_LENGTH ? line : line.substring(0, TITLE_LENGTH - 1) + "…";
  }

  static Instant date(Document doc) {
    var field = doc.getField(Fields.DATE);
    return field == null ? null : Instant.ofEpochMilli(field.numericValue().longValue());
  }

  /** The request's filters; {@code exceptType} leaves the type out, for the type tab counts. */
  private static Query filters(SearchRequest request, boolean exceptType) {
    BooleanQuery.Builder filters = new BooleanQuery.Builder();
    if (!exceptType && request.type() != null) {
      exact(filters, Fields.TYPE, Types.singular(request.type()));
    }
    exact(filters, "space", request.space());
    exact(filters, Fields.AUTHOR, request.author());
    exact(filters, "business_unit", request.businessUnit());
    exact(filters, "location", request.location());
    exact(filters, "skill", request.skill());
    exact(filters, "tag", request.tag());
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli();
      filters.add(LongPoint.newRangeQuery(Fields.DATE, from, to), Occur.FILTER);
    }
    return filters.build();
  }

  private static void exact(BooleanQuery.Builder filters, String field, String value) {
    if (value != null && !value.isBlank()) {
      filters.add(new TermQuery(new Term(field, value.trim())), Occur.FILTER);
    }
  }

  static Query both(Query text, Query scope, Query filters) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(text, Occur.MUST);
    query.add(scope, Occur.FILTER);
    if (!((BooleanQuery) filters).clauses().isEmpty()) {
      query.add(filters, Occur.FILTER);
    }
    return query.build();
  }
}
