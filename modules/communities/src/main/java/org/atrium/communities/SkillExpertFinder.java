package org.atrium.communities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.atrium.communities.store.RoutingStore;
import org.atrium.platform.db.Tx;

/**
 * The interim expert ranking: people who declare a skill named by a question's tags or by words
 * (and two- and three-word phrases) of its text, synonyms included, ranked by their level plus half
 * a point per endorsement, summed over the skills that match. Expertise search replaces it with a
 * ranking that also weighs posts, pages and answers.
 */
public final class SkillExpertFinder implements ExpertFinder {

  private final Tx tx;
  private final RoutingStore store;

  public SkillExpertFinder(Tx tx, RoutingStore store) {
    this.tx = tx;
    this.store = store;
  }

  @Override
  public List<ExpertCandidate> rank(String text, Set<String> tags, int limit) {
    Set<String> keys = keys(text, tags);
    List<SkillHolding> holdings = tx.read(() -> store.holdings(keys));
    Map<String, List<SkillHolding>> byPerson = new HashMap<>();
    for (SkillHolding holding : holdings) {
      byPerson.computeIfAbsent(holding.username(), u -> new ArrayList<>()).add(holding);
    }
    List<ExpertCandidate> ranked = new ArrayList<>();
    byPerson.forEach(
        (username, held) -> {
          held.sort(Comparator.comparingDouble(SkillExpertFinder::weight).reversed());
          double score = held.stream().mapToDouble(SkillExpertFinder::weight).sum();
          ranked.add(new ExpertCandidate(username, score, why(held)));
        });
    ranked.sort(
        Comparator.comparingDouble(ExpertCandidate::score)
            .reversed()
            .thenComparing(ExpertCandidate::username));
    return ranked.subList(0, Math.min(limit, ranked.size()));
  }

  private static double weight(SkillHolding holding) {
    return holding.level() + holding.endorsements() / 2.0;
  }

  /** "You list Kotlin (level 4, 3 endorsements) and Java (level 3)." */
  private static String why(List<SkillHolding> held) {
    List<String> parts = new ArrayList<>();
    for (SkillHolding h : held.subList(0, Math.min(2, held.size()))) {
      String endorsed =
          h.endorsements() == 0
              ? ""
              : ", "
                  + h.endorsements()
                  + (h.endorsements() == 1 ? " endorsement" : " endorsements");
      parts.add(h.skill() + " (level " + h.level() + endorsed + ")");
    }
    return "You list " + String.join(" and ", parts) + ".";
  }

  /** Folded candidate skill names: the tags, the words, and the two- and three-word phrases. */
  static Set<String> keys(String text, Set<String> tags) {
    Set<String> keys = new LinkedHashSet<>();
    for (String tag : tags) {
      keys.add(fold(tag));
      keys.add(fold(tag.replace('-', ' ')));
    }
    List<String> words = QaText.words(text);
    for (int i = 0; i < words.size(); i++) {
      keys.add(fold(words.get(i)));
      if (i + 1 < words.size()) {
        keys.add(fold(words.get(i) + " " + words.get(i + 1)));
      }
      if (i + 2 < words.size()) {
        keys.add(fold(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2)));
      }
    }
    return keys;
  }

  /** The directory's matching form: lower case without accents. */
  private static String fold(String text) {
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
  }
}
