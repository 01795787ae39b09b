package org.atrium.bench.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.atrium.people.demo.DemoOrganisation;
import org.atrium.platform.AtriumConfig;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Role;
import org.atrium.search.ExpertRequest;
import org.atrium.search.ExpertResults;
import org.atrium.search.SearchRequest;
import org.atrium.webapp.Atrium;
import org.atrium.webapp.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Expertise relevance and search timings on a generated organisation whose true expertise is partly
 * hidden: every person keeps only half of their true skills on their profile; for the other half
 * they write posts on the topic and nothing else shows it. Everyone also asks a question about a
 * skill they do not have, as noise. {@code /experts} is judged by nDCG@10 against the true skill
 * levels, beside the same ranking from declared skills and endorsements only.
 *
 * <p>It runs in one JVM over the services the server uses (the same code behind {@code
 * /api/v1/experts} and {@code /api/v1/search}), so the timings are the search itself, without HTTP.
 */
@Command(
    name = "search-bench",
    mixinStandardHelpOptions = true,
    description = "Expertise relevance (nDCG@10) and search timings on a generated organisation.")
public final class SearchBench implements Callable<Integer> {

  @Option(names = "--people", defaultValue = "2000", description = "People (default 2000).")
  int people;

  @Option(names = "--queries", defaultValue = "40", description = "Skills asked about.")
  int queries;

  @Option(names = "--rounds", defaultValue = "200", description = "Timed searches per kind.")
  int rounds;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SearchBench()).execute(args));
  }

  /** The benchmark on an organisation of {@code people}, as {@code --only search} runs it. */
  public static SearchBench forPeople(int people) {
    SearchBench bench = new SearchBench();
    bench.people = people;
    bench.queries = 40;
    bench.rounds = 200;
    return bench;
  }

  @Override
  public Integer call() throws Exception {
    Path data = Files.createTempDirectory("atrium-search-bench");
    AtriumConfig config =
        AtriumConfig.from(Map.of("atrium.data.dir", data.toString(), "atrium.port", "0"));
    Services services = Atrium.assemble(config);
    try {
      run(services);
    } finally {
      services.dispatcher().close();
      services.closeStorage();
    }
    return 0;
  }

  private void run(Services services) {
    long started = System.nanoTime();
    services.orgLoader().loadIfEmpty(DemoOrganisation.generate(42, people), true);
    Truth truth = Truth.hide(services, new Random(42));
    System.out.printf(
        Locale.ROOT,
        "Organisation: %,d people, %,d true skills, %,d hidden (%.1f s)%n",
        truth.people(),
        truth.held(),
        truth.hidden(),
        (System.nanoTime() - started) / 1e9);
    long posted = truth.writeEvidence(services, new Random(7));
    System.out.printf(Locale.ROOT, "Wrote %,d posts%n", posted);

    long t0 = System.nanoTime();
    long documents = services.search().rebuild((done, total) -> {});
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "Reindex: %,d documents in %.1f s = %,.0f docs/s%n",
        documents,
        seconds,
        documents / seconds);

    Caller viewer = new Caller(truth.viewerId(), truth.viewer(), Role.EMPLOYEE, "bench");
    List<String> asked = truth.evaluationSkills(queries);
    double all = 0;
    double declared = 0;
    for (String skill : asked) {
      all += ndcg(services, viewer, truth, skill, "all");
      declared += ndcg(services, viewer, truth, skill, "declared");
    }
    System.out.printf(
        Locale.ROOT,
        "nDCG@10 over %d skills: experts %.3f, declared-only baseline %.3f (+%.3f)%n",
        asked.size(),
        all / asked.size(),
        declared / asked.size(),
        (all - declared) / asked.size());

    time(
        "search",
        asked,
        skill -> services.search().search().search(viewer, SearchRequest.of(skill)));
    time(
        "suggest",
        asked,
        skill ->
            services
                .search()
                .suggest()
                .suggest(viewer, skill.substring(0, Math.min(4, skill.length())), null, 10));
    time(
        "experts",
        asked,
        skill ->
            services
                .search()
                .experts()
                .experts(viewer, new ExpertRequest(skill, null, null, 10, null, null)));
  }

  private static double ndcg(
      Services services, Caller viewer, Truth truth, String skill, String signals) {
    ExpertResults results =
        services
            .search()
            .experts()
            .experts(viewer, new ExpertRequest(skill, null, null, 10, null, signals));
    Map<String, Integer> levels = truth.holders(skill);
    double dcg = 0;
    for (int i = 0; i < results.experts().size(); i++) {
      int level = levels.getOrDefault(results.experts().get(i).person().username(), 0);
      dcg += (Math.pow(2, level) - 1) / log2(i + 2);
    }
    int[] ideal = levels.values().stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(ideal);
    double idcg = 0;
    for (int i = 0; i < Math.min(10, ideal.length); i++) {
      idcg += (Math.pow(2, ideal[ideal.length - 1 - i]) - 1) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private void time(String name, List<String> skills, java.util.function.Consumer<String> work) {
    for (int i = 0; i < rounds / 4; i++) {
      work.accept(skills.get(i % skills.size()));
    }
    long[] nanos = new long[rounds];
    long t0 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      work.accept(skills.get(i % skills.size()));
      nanos[i] = System.nanoTime() - start;
    }
    double total = (System.nanoTime() - t0) / 1e9;
    Arrays.sort(nanos);
    System.out.printf(
        Locale.ROOT,
        "%s: p50 %.2f ms, p99 %.2f ms, %.0f/s on one thread (%d rounds)%n",
        name,
        nanos[rounds / 2] / 1e6,
        nanos[(int) Math.min(rounds - 1, Math.ceil(rounds * 0.99) - 1)] / 1e6,
        rounds / total,
        rounds);
  }

  /** The true skills of everyone, and which of them their profiles no longer show. */
  record Truth(
      Map<String, Map<String, Integer>> bySkill,
      Map<String, List<String>> hiddenByPerson,
      Map<String, Long> ids,
      long held,
      long hidden) {

    int people() {
      return ids.size();
    }

    String viewer() {
      return ids.keySet().iterator().next();
    }

    long viewerId() {
      return ids.get(viewer());
    }

    Map<String, Integer> holders(String skill) {
      return bySkill.getOrDefault(skill, Map.of());
    }

    /**
     * Skills held by 6 to 30 people: few enough that the top ten must find most of the true
     * holders, hidden or not, to score well; a skill held by hundreds is easy for any ranking.
     */
    List<String> evaluationSkills(int count) {
      return bySkill.entrySet().stream()
          .filter(e -> e.getValue().size() >= 6 && e.getValue().size() <= 30)
          .sorted(Map.Entry.comparingByKey())
          .limit(count)
          .map(Map.Entry::getKey)
          .toList();
    }

    /** Reads everyone's skills as the truth, then removes half of each person's from profiles. */
    static Truth hide(Services services, Random random) {
      List<Object[]> rows =
          services
              .tx()
              .read(
                  () ->
                      services
                          .tx()
                          .session()
                          .createNativeQuery(
                              "select p.id, p.username, s.id, s.name, ps.level from person_skill ps"
                                  + " join person p on p.id = ps.person_id"
                                  + " join skill s on s.id = ps.skill_id"
                                  + " where p.role = 'employee' and p.status = 'active'"
                                  + " order by p.id, s.id",
                              Object[].class)
                          .getResultList());
      Map<String, Map<String, Integer>> bySkill = new HashMap<>();
      Map<String, List<String>> hiddenByPerson = new LinkedHashMap<>();
      Map<String, Long> ids = new LinkedHashMap<>();
      List<long[]> toHide = new ArrayList<>();
      for (Object[] row : rows) {
        long personId = ((Number) row[0]).longValue();
        String username = (String) row[1];
        String skill = (String) row[3];
        ids.put(username, personId);
        bySkill
            .computeIfAbsent(skill, k -> new HashMap<>())
            .put(username, ((Number) row[4]).intValue());
        if (random.nextBoolean()) {
          hiddenByPerson.computeIfAbsent(username, k -> new ArrayList<>()).add(skill);
          toHide.add(new long[] {personId, ((Number) row[2]).longValue()});
        }
      }
      services
          .tx()
          .write(
              () -> {
                for (long[] pair : toHide) {
                  services
                      .tx()
                      .session()
                      .createNativeMutationQuery(
                          "delete from endorsement where person_id = :p and skill_id = :s")
                      .setParameter("p", pair[0])
                      .setParameter("s", pair[1])
                      .executeUpdate();
                  services
                      .tx()
                      .session()
                      .createNativeMutationQuery(
                          "delete from person_skill where person_id = :p and skill_id = :s")
                      .setParameter("p", pair[0])
                      .setParameter("s", pair[1])
                      .executeUpdate();
                }
              });
      return new Truth(bySkill, hiddenByPerson, ids, rows.size(), toHide.size());
    }

    /**
     * Each person writes about their hidden skills (more posts the higher their level), and asks
     * one question about a skill they lack.
     */
    long writeEvidence(Services services, Random random) {
      List<String> skills = new ArrayList<>(bySkill.keySet());
      long posts = 0;
      for (Map.Entry<String, Long> person : ids.entrySet()) {
        Caller caller = new Caller(person.getValue(), person.getKey(), Role.EMPLOYEE, "bench");
        for (String skill : hiddenByPerson.getOrDefault(person.getKey(), List.of())) {
          int level = bySkill.get(skill).get(person.getKey());
          for (int i = 0; i < 1 + level / 2; i++) {
            services
                .statuses()
                .post(
                    caller,
                    TEMPLATES[random.nextInt(TEMPLATES.length)].formatted(skill),
                    null,
                    null);
            posts++;
          }
        }
        String unknown = skills.get(random.nextInt(skills.size()));
        if (!bySkill.get(unknown).containsKey(person.getKey())) {
          services
              .statuses()
              .post(caller, "Does anyone here know about " + unknown + "?", null, null);
          posts++;
        }
      }
      services.dispatcher().drain();
      return posts;
    }
  }

  private static final String[] TEMPLATES = {
    "Shipped a change today that leaned hard on %s; notes in the thread.",
    "Lessons learned from a year of %s in production.",
    "Ran a lunch-and-learn on %s for the team.",
    "Reviewed three pull requests about %s this morning, some good patterns there.",
  };
}
