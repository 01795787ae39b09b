package org.atrium.search;

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
 */
final class ScopeFilter {

  private ScopeFilter() {}

  static Query of(SearchScope scope) {
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

  private static Query content(SearchScope scope) {
    Set<Long> readable = new HashSet<>(scope.memberOf());
    Set<String> ids = new HashSet<>();
    if (scope.employee()) {
      readable.addAll(scope.publicSpaces());
      ids.add(Fields.NO_SPACE);
    }
    readable.forEach(id -> ids.add(id.toString()));
    return both(audience(Audience.SPACE_CONTENT), in(Fields.SPACE_ID, ids));
  }

  private static Query spaces(SearchScope scope) {
    Query members = in(Fields.SPACE_ID, strings(scope.memberOf()));
    if (!scope.employee()) {
      return both(audience(Audience.SPACE), members);
    }
    Set<Long> hidden = new HashSet<>(scope.secretSpaces());
    hidden.removeAll(scope.memberOf());
    BooleanQuery.Builder visible = new BooleanQuery.Builder();
    visible.add(audience(Audience.SPACE), Occur.FILTER);
    visible.add(in(Fields.SPACE_ID, strings(hidden)), Occur.MUST_NOT);
    return visible.build();
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
