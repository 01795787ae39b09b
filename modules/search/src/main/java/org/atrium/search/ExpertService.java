package org.atrium.search;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.BadRequest;

/**
 * Who knows about a topic. A person's score adds what they declare (the skill's level, and how many
 * distinct colleagues endorsed it) to what they show: the posts and pages they wrote on the topic,
 * each weighted by how well it matches, how recent it is and how many others reacted to it. The
 * topic is expanded through the taxonomy's synonyms first. Only evidence the caller may read
 * counts, and only active people the caller may see are ranked.
 */
public final class ExpertService {

  private static final int CANDIDATES = 1000;
  private static final int SHOWN_EVIDENCE = 3;
  private static final int EXPANSION_SKILLS = 3;
  private static final Duration HALF_LIFE = Duration.ofDays(365);
  private static final double DECLARED_SHARE = 0.5;
  private static final Map<String, Double> KIND_WEIGHT =
      Map.of("page", 1.0, "status", 0.6, "answer", 1.2);

  private final SearchService search;
  private final SearchIndex index;

  ExpertService(SearchService search, SearchIndex index) {
    this.search = search;
    this.index = index;
  }

  public ExpertResults experts(Caller caller, ExpertRequest request) {
    if (request.q() == null || request.q().isBlank()) {
      throw new BadRequest("q: say which topic to find experts on");
    }
    if (request.q().length() > UserQuery.MAX_LENGTH) {
      throw new BadRequest("q: at most " + UserQuery.MAX_LENGTH + " characters");
    }
    if (!List.of("ranked", "cross_unit").contains(request.view())) {
      throw new BadRequest("view: ranked or cross_unit");
    }
    if (!List.of("all", "declared").contains(request.signals())) {
      throw new BadRequest("signals: all or declared");
    }
    Query scope = search.scopeFilter(caller);
    return index.search(searcher -> rank(searcher, scope, request));
  }

  private ExpertResults rank(IndexSearcher searcher, Query scope, ExpertRequest request)
      throws IOException {
    Set<String> names = expand(searcher, request.q());
    Map<String, Candidate> candidates = new HashMap<>();
    declared(searcher, scope, names, candidates);
    if (request.signals().equals("all")) {
      contributions(searcher, scope, names, candidates);
    }
    people(searcher, scope, candidates);
    List<Candidate> ranked =
        candidates.values().stream()
            .filter(c -> c.person != null)
            .sorted(
                Comparator.comparingDouble(Candidate::score)
                    .reversed()
                    .thenComparing(c -> c.username))
            .toList();
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    facets.put("business_unit", count(ranked, c -> c.person.businessUnit()));
    facets.put("location", count(ranked, c -> c.person.location()));
    List<Candidate> filtered =
        ranked.stream()
            .filter(c -> matches(request.businessUnit(), c.person.businessUnit()))
            .filter(c -> matches(request.location(), c.person.location()))
            .toList();
    if (request.view().equals("cross_unit")) {
      filtered = acrossUnits(filtered);
    }
    StoredFields stored = searcher.storedFields();
    List<ExpertResults.Expert> experts = new ArrayList<>();
    for (Candidate candidate : filtered.stream().limit(request.limit()).toList()) {
      experts.add(candidate.expert(stored));
    }
    return new ExpertResults(experts, facets);
  }

  /** The topic and, for each taxonomy skill it names, the skill and its synonyms. */
  private Set<String> expand(IndexSearcher searcher, String q) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    names.add(q.trim());
    Query phrase = phrase(Fields.TITLE, q.trim(), 2f);
    Query synonym = phrase(Fields.BODY, q.trim(), 1f);
    if (phrase == null) {
      return names;
    }
    Query skills =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.TYPE, "skill")), Occur.FILTER)
            .add(
                new BooleanQuery.Builder()
                    .add(phrase, Occur.SHOULD)
                    .add(synonym, Occur.SHOULD)
                    .build(),
                Occur.MUST)
            .build();
    TopDocs top = searcher.search(skills, EXPANSION_SKILLS);
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = stored.document(hit.doc);
      List<String> skill = new ArrayList<>();
      skill.add(doc.get(Fields.TITLE));
      for (String line : doc.get(Fields.BODY).split("\n")) {
        if (!line.isBlank()) {
          skill.add(line.trim());
        }
      }
      if (skill.stream().anyMatch(name -> key(name).equals(key(q)))) {
        names.addAll(skill);
      }
    }
    return names;
  }

  /** People who declare one of the names as a skill. */
  private void declared(
      IndexSearcher searcher, Query scope, Set<String> names, Map<String, Candidate> candidates)
      throws IOException {
    Query query = anyPhrase(Fields.SKILLS, names, 1f);
    if (query == null) {
      return;
    }
    Query people =
        new BooleanQuery.Builder()
            .add(query, Occur.MUST)
            .add(new TermQuery(new Term(Fields.TYPE, "person")), Occur.FILTER)
            .add(scope, Occur.FILTER)
            .build();
    Set<String> keys = keys(names);
    for (PersonValues person :
        PersonValues.of(searcher, searcher.search(people, CANDIDATES).scoreDocs)) {
      Candidate candidate = candidates.computeIfAbsent(person.username(), Candidate::new);
      candidate.person = person;
      for (String line : person.expertise()) {
        String[] parts = line.split("\t");
        boolean named = false;
        for (int i = 0; i < parts.length; i++) {
          if ((i == 0 || i > 2) && keys.contains(key(parts[i]))) {
            named = true;
          }
        }
        if (named) {
          candidate.declare(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        }
      }
    }
  }

  /** Authors of readable posts and pages on the topic, with the weight of each contribution. */
  private void contributions(
      IndexSearcher searcher, Query scope, Set<String> names, Map<String, Candidate> candidates)
      throws IOException {
    Query title = anyPhrase(Fields.TITLE, names, 2f);
    Query body = anyPhrase(Fields.BODY, names, 1f);
    if (title == null || body == null) {
      return;
    }
    Query content =
        new BooleanQuery.Builder()
            .add(
                new BooleanQuery.Builder().add(title, Occur.SHOULD).add(body, Occur.SHOULD).build(),
                Occur.MUST)
            .add(
                new TermInSetQuery(
                    Fields.TYPE, KIND_WEIGHT.keySet().stream().map(BytesRef::new).toList()),
                Occur.FILTER)
            .add(scope, Occur.FILTER)
            .build();
    ScoreDoc[] hits = searcher.search(content, CANDIDATES).scoreDocs;
    if (hits.length == 0) {
      return;
    }
    float best = hits[0].score;
    long now = Instant.now().toEpochMilli();
    // Doc values, read in document order, weigh every hit; stored fields are read only for the
    // evidence finally shown.
    ScoreDoc[] byDoc = hits.clone();
    Arrays.sort(byDoc, Comparator.comparingInt(hit -> hit.doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    SortedDocValues authors = null;
    SortedSetDocValues types = null;
    NumericDocValues dates = null;
    NumericDocValues reactions = null;
    for (ScoreDoc hit : byDoc) {
      int at = ReaderUtil.subIndex(hit.doc, leaves);
      if (at != leafIndex) {
        leafIndex = at;
        leaf = leaves.get(at);
        authors = DocValues.getSorted(leaf.reader(), Fields.AUTHOR);
        types = DocValues.getSortedSet(leaf.reader(), Fields.TYPE);
        dates = DocValues.getNumeric(leaf.reader(), Fields.DATE);
        reactions = DocValues.getNumeric(leaf.reader(), Fields.REACTIONS);
      }
      int doc = hit.doc - leaf.docBase;
      if (!authors.advanceExact(doc) || !types.advanceExact(doc)) {
        continue;
      }
      String author = authors.lookupOrd(authors.ordValue()).utf8ToString();
      String kind = types.lookupOrd(types.nextOrd()).utf8ToString();
      long date = dates.advanceExact(doc) ? dates.longValue() : 0;
      long reacted = reactions.advanceExact(doc) ? reactions.longValue() : 0;
      double ageDays = date == 0 ? 0 : Math.max(0, (now - date) / 86_400_000.0);
      double recency = Math.max(0.25, Math.pow(0.5, ageDays / HALF_LIFE.toDays()));
      double weight =
          KIND_WEIGHT.get(kind) * Math.sqrt(hit.score / best) * recency * (1 + Math.log1p(reacted));
      candidates.computeIfAbsent(author, Candidate::new).contributed(hit.doc, kind, weight);
    }
  }

  /** Attaches each candidate's person document; those without one (deactivated, hidden) drop. */
  private void people(IndexSearcher searcher, Query scope, Map<String, Candidate> candidates)
      throws IOException {
    List<BytesRef> unread =
        candidates.values().stream()
            .filter(candidate -> candidate.person == null)
            .map(candidate -> new BytesRef(candidate.username))
            .toList();
    if (unread.isEmpty()) {
      return;
    }
    Query people =
        new BooleanQuery.Builder()
            .add(new TermInSetQuery(Fields.AUTHOR, unread), Occur.MUST)
            .add(new TermQuery(new Term(Fields.TYPE, "person")), Occur.FILTER)
            .add(scope, Occur.FILTER)
            .build();
    for (PersonValues person :
        PersonValues.of(searcher, searcher.search(people, unread.size()).scoreDocs)) {
      candidates.get(person.username()).person = person;
    }
  }

  private static ExpertResults.Person person(Document doc) {
    return new ExpertResults.Person(
        doc.get(Fields.AUTHOR),
        doc.get(Fields.TITLE),
        doc.get("business_unit"),
        doc.get("location"),
        doc.get(Fields.URL));
  }

  /** The best of each business unit in turn, in the order of their best people. */
  private static List<Candidate> acrossUnits(List<Candidate> ranked) {
    Map<String, List<Candidate>> byUnit = new LinkedHashMap<>();
    for (Candidate candidate : ranked) {
      String unit = candidate.person.businessUnit() == null ? "" : candidate.person.businessUnit();
      byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(candidate);
    }
    List<Candidate> spread = new ArrayList<>();
    for (int round = 0; spread.size() < ranked.size(); round++) {
      for (List<Candidate> unit : byUnit.values()) {
        if (round < unit.size()) {
          spread.add(unit.get(round));
        }
      }
    }
    return spread;
  }

  private static Map<String, Integer> count(
      List<Candidate> candidates, java.util.function.Function<Candidate, String> value) {
    Map<String, Integer> counts = new HashMap<>();
    for (Candidate candidate : candidates) {
      String v = value.apply(candidate);
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  private static boolean matches(String wanted, String actual) {
    return wanted == null || wanted.isBlank() || wanted.trim().equals(actual);
  }

  private Query anyPhrase(String field, Set<String> names, float boost) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (String name : names) {
      Query phrase = phrase(field, name, boost);
      if (phrase != null) {
        any.add(phrase, Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? null : any.build();
  }

  private Query phrase(String field, String text, float boost) {
    Analyzer analyzer = index.analyzer();
    Query query = new QueryBuilder(analyzer).createPhraseQuery(field, text);
    return query == null ? null : new BoostQuery(query, boost);
  }

  private static Set<String> keys(Set<String> names) {
    Set<String> keys = new LinkedHashSet<>();
    names.forEach(name -> keys.add(key(name)));
    return keys;
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  /** A piece of content a candidate wrote on the topic, by its Lucene document. */
  private record Contribution(int doc, String kind, double weight) {}

  /** What is known about one person while ranking. */
  private static final class Candidate {
    private final String username;
    private PersonValues person;
    private String skill;
    private int level;
    private int endorsers;
    private double contribution;
    private final List<Contribution> contributions = new ArrayList<>();

    Candidate(String username) {
      this.username = username;
    }

    void declare(String name, int level, int endorsers) {
      if (declaredScore(level, endorsers) > declaredScore(this.level, this.endorsers)) {
        this.skill = name;
        this.level = level;
        this.endorsers = endorsers;
      }
    }

    void contributed(int doc, String kind, double weight) {
      contribution += weight;
      contributions.add(new Contribution(doc, kind, weight));
    }

    /** A declared level counts up to 1; ten or more endorsers add up to half as much again. */
    static double declaredScore(int level, int endorsers) {
      return level == 0 ? 0 : (level / 5.0 + 0.5 * Math.min(endorsers, 10) / 10.0) / 1.5;
    }

    double evidenceScore() {
      return 1 - Math.exp(-contribution / 2.0);
    }

    double score() {
      return DECLARED_SHARE * declaredScore(level, endorsers)
          + (1 - DECLARED_SHARE) * evidenceScore();
    }

    ExpertResults.Expert expert(StoredFields stored) throws IOException {
      ExpertResults.Person shown = person(stored.document(person.doc()));
      List<ExpertResults.Evidence> evidence = new ArrayList<>();
      if (level > 0) {
        evidence.add(
            new ExpertResults.Evidence(
                "skill", skill + " · level " + level, shown.url(), round(level / 5.0)));
        if (endorsers > 0) {
          evidence.add(
              new ExpertResults.Evidence(
                  "endorsement",
                  "Endorsed for "
                      + skill
                      + " by "
                      + endorsers
                      + (endorsers == 1 ? " colleague" : " colleagues"),
                  shown.url(),
                  round(0.5 * Math.min(endorsers, 10) / 10.0)));
        }
      }
      List<Contribution> best =
          contributions.stream()
              .sorted(Comparator.comparingDouble(Contribution::weight).reversed())
              .limit(SHOWN_EVIDENCE)
              .toList();
      for (Contribution item : best) {
        Document doc = stored.document(item.doc());
        evidence.add(
            new ExpertResults.Evidence(
                item.kind(), SearchService.title(doc), doc.get(Fields.URL), round(item.weight())));
      }
      return new ExpertResults.Expert(shown, round(score()), evidence, why());
    }

    private String why() {
      List<String> reasons = new ArrayList<>();
      if (level > 0) {
        reasons.add(
            "declares "
                + skill
                + " at level "
                + level
                + (endorsers > 0
                    ? ", endorsed by " + endorsers + (endorsers == 1 ? " colleague" : " colleagues")
                    : ""));
      }
      long pages = contributions.stream().filter(e -> e.kind().equals("page")).count();
      long posts = contributions.stream().filter(e -> e.kind().equals("status")).count();
      long answers = contributions.stream().filter(e -> e.kind().equals("answer")).count();
      List<String> wrote = new ArrayList<>();
      if (pages > 0) {
        wrote.add(pages + (pages == 1 ? " page" : " pages"));
      }
      if (posts > 0) {
        wrote.add(posts + (posts == 1 ? " post" : " posts"));
      }
      if (answers > 0) {
        wrote.add(answers + (answers == 1 ? " answer" : " answers"));
      }
      if (!wrote.isEmpty()) {
        reasons.add("wrote " + String.join(" and ", wrote) + " on the topic");
      }
      String line = String.join("; ", reasons);
      return line.isEmpty() ? username : Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }
  }
}
