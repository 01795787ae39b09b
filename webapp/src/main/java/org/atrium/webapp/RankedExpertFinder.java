package org.atrium.webapp;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.atrium.communities.ExpertCandidate;
import org.atrium.communities.ExpertFinder;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Role;
import org.atrium.search.ExpertRequest;
import org.atrium.search.ExpertResults.Evidence;
import org.atrium.search.ExpertResults.Expert;
import org.atrium.search.ExpertService;

/**
 * Question routing's experts from the expertise ranking: each of a question's tags (its title when
 * it has none) is a topic, and a person's scores over the topics add up. The "why you" line names
 * their strongest piece of evidence.
 *
 * <p>Routing runs from the outbox with nobody signed in, and its "why you" line goes to the person
 * routed to. So the ranking is the one an employee who belongs to no space sees: declared skills,
 * endorsements, and posts, pages and answers in public spaces or outside spaces. Private and secret
 * content never counts, and never shows in a line, whoever reads it; the router itself then skips
 * anyone who may not read the question.
 */
final class RankedExpertFinder implements ExpertFinder {

  /** An employee of no space: sees exactly what every employee sees. */
  private static final Caller PUBLIC_READER =
      new Caller(0, "question-routing", Role.EMPLOYEE, null);

  private static final int MAX_TOPIC = 200;

  private final ExpertService experts;

  RankedExpertFinder(ExpertService experts) {
    this.experts = experts;
  }

  @Override
  public List<ExpertCandidate> rank(String text, Set<String> tags, int limit) {
    Map<String, Double> scores = new HashMap<>();
    Map<String, Expert> strongest = new HashMap<>();
    for (String topic : topics(text, tags)) {
      ExpertRequest request = new ExpertRequest(topic, null, null, limit, "ranked", "all");
      for (Expert expert : experts.experts(PUBLIC_READER, request).experts()) {
        String username = expert.person().username();
        scores.merge(username, expert.score(), Double::sum);
        strongest.merge(username, expert, (a, b) -> a.score() >= b.score() ? a : b);
      }
    }
    return scores.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> new ExpertCandidate(e.getKey(), e.getValue(), why(strongest.get(e.getKey()))))
        .toList();
  }

  /** The tags, with hyphens as spaces (skills are written with spaces); else the title. */
  private static Set<String> topics(String text, Set<String> tags) {
    Set<String> topics = new LinkedHashSet<>();
    for (String tag : tags) {
      if (!tag.isBlank()) {
        topics.add(tag.replace('-', ' ').strip());
      }
    }
    if (topics.isEmpty()) {
      String title = text.lines().findFirst().orElse("").strip();
      if (!title.isEmpty()) {
        topics.add(title.substring(0, Math.min(MAX_TOPIC, title.length())));
      }
    }
    return topics;
  }

  /** "You answered “How do I profile Kotlin?”." from the weightiest evidence. */
  private static String why(Expert expert) {
    Evidence top =
        expert.evidence().stream().max(Comparator.comparingDouble(Evidence::weight)).orElse(null);
    if (top == null) {
      return expert.why();
    }
    return switch (top.kind()) {
      case "skill" -> "You declare " + top.title() + ".";
      case "endorsement" -> top.title() + ".";
      case "answer" -> "You answered “" + top.title() + "”.";
      case "page" -> "You wrote the page “" + top.title() + "”.";
      case "status" -> "You posted “" + top.title() + "”.";
      default -> expert.why();
    };
  }
}
