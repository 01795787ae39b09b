package org.atrium.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.atrium.platform.error.BadRequest;

/**
 * What a person typed, as a bounded Lucene query: the classic syntax (phrases in quotes, {@code
 * AND}/{@code OR}/{@code -}, {@code term*}, {@code term~}) over titles (weighing most) and bodies,
 * each plain word also matching as a prefix and, when asked, with a typo or two. Syntax errors,
 * leading wildcards, regular expressions, ranges and overlong input are refused as 400s, never run.
 */
final class UserQuery {

  static final int MAX_LENGTH = 1000;

  /** Words shorter than this match as prefixes only when written with a star. */
  private static final int MIN_PREFIX = 3;

  private static final int MIN_FUZZY = 4;
  private static final int MAX_EXPANSIONS = 20;
  private static final Map<String, Float> FIELDS =
      Map.of(Fields.TITLE, 3f, Fields.BODY, 1f, Fields.SKILLS, 2f);

  private UserQuery() {}

  /**
   * The query for {@code text}, or every document when it is blank; {@code typos} lets each plain
   * word also match with a typo, which costs more than the rest of the query to look up.
   */
  static Query parse(String text, Analyzer analyzer, boolean typos) {
    return tolerant(exact(text, analyzer), typos);
  }

  /**
   * The query as typed, without the prefix and typo variants: what snippets highlight, because
   * matching the variants again in every snippet would cost more than the search itself.
   */
  static Query exact(String text, Analyzer analyzer) {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    if (text.length() > MAX_LENGTH) {
      throw new BadRequest("q: at most " + MAX_LENGTH + " characters");
    }
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(FIELDS.keySet().toArray(String[]::new), analyzer, FIELDS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    parser.setFuzzyPrefixLength(1);
    parser.setSplitOnWhitespace(true);
    try {
      // Slashes would start a regular expression, which is refused anyway: read them as text,
      // so that "A/B testing" or "CI/CD" work as typed.
      return bounded(parser.parse(text.replace("/", "\\/")));
    } catch (ParseException | IllegalArgumentException e) {
      throw new BadRequest("q: this query cannot be read: " + firstLine(e.getMessage()));
    } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      throw new BadRequest("q: too many terms");
    }
  }

  /** Refuses the query forms whose cost grows with the index rather than with the input. */
  private static Query bounded(Query query) {
    switch (query) {
      case RegexpQuery ignored -> throw new BadRequest("q: regular expressions are not supported");
      case TermRangeQuery ignored -> throw new BadRequest("q: ranges are not supported");
      case WildcardQuery wildcard -> requireLiteralPrefix(wildcard.getTerm().text());
      case PrefixQuery prefix -> requireLiteralPrefix(prefix.getPrefix().text() + "*");
      case BooleanQuery bool -> bool.clauses().forEach(clause -> bounded(clause.query()));
      case BoostQuery boost -> bounded(boost.getQuery());
      case DisjunctionMaxQuery dismax -> dismax.getDisjuncts().forEach(UserQuery::bounded);
      default -> {}
    }
    return query;
  }

  private static void requireLiteralPrefix(String pattern) {
    int literal = 0;
    while (literal < pattern.length()
        && pattern.charAt(literal) != '*'
        && pattern.charAt(literal) != '?') {
      literal++;
    }
    if (literal < 2) {
      throw new BadRequest("q: a wildcard needs at least two letters before it");
    }
  }

  /**
   * Each plain word also matches as a prefix and, with {@code typos}, with a typo, both weighing
   * less than itself.
   */
  static Query tolerant(Query query, boolean typos) {
    return switch (query) {
      case TermQuery term -> tolerantTerm(term.getTerm(), typos);
      case BoostQuery boost -> new BoostQuery(tolerant(boost.getQuery(), typos), boost.getBoost());
      case BooleanQuery bool -> {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        for (BooleanClause clause : bool.clauses()) {
          builder.add(tolerant(clause.query(), typos), clause.occur());
        }
        yield builder.build();
      }
      case DisjunctionMaxQuery dismax ->
          new DisjunctionMaxQuery(
              dismax.getDisjuncts().stream().map(q -> tolerant(q, typos)).toList(),
              dismax.getTieBreakerMultiplier());
      default -> query;
    };
  }

  /**
   * The same matches as {@code query}, built to be cheaper to walk when only matches count (no
   * scores): a word's exact form is dropped beside its prefix variant, which matches it anyway.
   */
  static Query matching(Query query) {
    return switch (query) {
      case BooleanQuery bool when exactBesidePrefix(bool) -> {
        BooleanQuery.Builder variants = new BooleanQuery.Builder();
        bool.clauses().stream().skip(1).forEach(clause -> variants.add(clause));
        yield variants.build();
      }
      case BooleanQuery bool -> {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        bool.clauses().forEach(clause -> builder.add(matching(clause.query()), clause.occur()));
        yield builder.build();
      }
      case BoostQuery boost -> new BoostQuery(matching(boost.getQuery()), boost.getBoost());
      case DisjunctionMaxQuery dismax ->
          new DisjunctionMaxQuery(
              dismax.getDisjuncts().stream().map(UserQuery::matching).toList(),
              dismax.getTieBreakerMultiplier());
      default -> query;
    };
  }

  /** Whether {@code bool} is a word's {@link #tolerantTerm} with its prefix variant. */
  private static boolean exactBesidePrefix(BooleanQuery bool) {
    List<BooleanClause> clauses = bool.clauses();
    return clauses.size() >= 2
        && clauses.stream().allMatch(clause -> clause.occur() == Occur.SHOULD)
        && bool.getMinimumNumberShouldMatch() == 0
        && clauses.get(0).query() instanceof TermQuery exact
        && clauses.get(1).query() instanceof BoostQuery boost
        && boost.getQuery() instanceof PrefixQuery prefix
        && prefix.getPrefix().equals(exact.getTerm());
  }

  private static Query tolerantTerm(Term term, boolean typos) {
    String text = term.text();
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(new TermQuery(term), Occur.SHOULD);
    if (text.length() >= MIN_PREFIX) {
      any.add(new BoostQuery(new PrefixQuery(term), 0.5f), Occur.SHOULD);
    }
    if (typos && text.length() >= MIN_FUZZY) {
      int edits = text.length() >= 8 ? 2 : 1;
      any.add(
          new BoostQuery(new FuzzyQuery(term, edits, 1, MAX_EXPANSIONS, true), 0.3f), Occur.SHOULD);
    }
    return any.build();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
