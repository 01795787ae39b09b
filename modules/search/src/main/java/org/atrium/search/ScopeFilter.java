package org.atrium.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.atrium.platform.index.IndexDocument.Audience;
import org.atrium.spaces.SearchScope;

/**
 * The access policy as a Lucene filter: a document matches only if the viewer may see it. Every
 * query of search, experts and suggest runs under it, so hits, totals, facets, snippets and
 * suggestions never show anything else.
 *
 * <p>The lists every employee shares (the public spaces, the secret ones) are clauses of their own,
 * built once per distinct list: every search reads the lists afresh, so a new list is a new key,
 * and the same clause in everyone's filter is one entry in Lucene's query cache.
 */
final class ScopeFilter {

  private final Cache<Set<Long>, Query> shared = Caffeine.newBuilder().maximumSize(16).build();

  Query of(SearchScope scope) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(content(scope), Occur.SHOULD);
    any.add(spaces(scope), Occur.SHOULD);
    any.add(people(scope), Occur.SHOULD);
    if (scope.employee()) {
      any.add(audience(Audience.EMPLOYEES), Occur.SHOULD);
    }
    any.setMinimumNumberShouldMatch(1);
    return any.build();
  }

  private Query content(SearchScope scope) {
    BooleanQuery.Builder readable = new BooleanQuery.Builder();
    readable.add(in(Fields.SPACE_ID, strings(scope.memberOf())), Occur.SHOULD);
    if (scope.employee()) {
      readable.add(sharedSpaces(scope.publicSpaces()), Occur.SHOULD);
      readable.add(new TermQuery(new Term(Fields.SPACE_ID, Fields.NO_SPACE)), Occur.SHOULD);
    }
    return both(audience(Audience.SPACE_CONTENT), readable.build());
  }

  private Query spaces(SearchScope scope) {
    Query members = in(Fields.SPACE_ID, strings(scope.memberOf()));
    if (!scope.employee()) {
      return both(audience(Audience.SPACE), members);
    }
    BooleanQuery.Builder notSecret = new BooleanQuery.Builder();
    notSecret.add(audience(Audience.SPACE), Occur.FILTER);
    notSecret.add(sharedSpaces(scope.secretSpaces()), Occur.MUST_NOT);
    BooleanQuery.Builder visible = new BooleanQuery.Builder();
    visible.add(notSecret.build(), Occur.SHOULD);
    visible.add(both(audience(Audience.SPACE), members), Occur.SHOULD);
    return visible.build();
  }

  private Query sharedSpaces(Set<Long> ids) {
    return shared.get(ids, key -> in(Fields.SPACE_ID, strings(key)));
  }

  private static Query people(SearchScope scope) {
    if (scope.employee()) {
      return audience(Audience.PERSON);
    }
    return both(audience(Audience.PERSON), in(Fields.PERSON_ID, strings(scope.guestPeople())));
  }

  private static Query audience(Audience audience) {
    return new TermQuery(new Term(Fields.AUDIENCE, audience.name()));
  }

  private static Query both(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, Occur.FILTER).add(b, Occur.FILTER).build();
  }

  private static Query in(String field, Collection<String> values) {
    if (values.isEmpty()) {
      return new MatchNoDocsQuery();
    }
    List<BytesRef> terms = values.stream().map(BytesRef::new).toList();
    return new TermInSetQuery(field, terms);
  }

  private static Set<String> strings(Set<Long> ids) {
    Set<String> strings = new HashSet<>();
    ids.forEach(id -> strings.add(id.toString()));
    return strings;
  }
}
