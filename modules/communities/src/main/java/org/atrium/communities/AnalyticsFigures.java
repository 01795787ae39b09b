package org.atrium.communities;

import java.time.Instant;
import java.util.List;

/** The raw material of a community's analytics, as the store reads it. */
public record AnalyticsFigures(
    List<Instant> memberJoins,
    List<QuestionTimes> questions,
    int activePeople,
    int answers,
    int crossUnitAnswers,
    int answerers,
    int contributors,
    List<CommunityAnalytics.Contributor> topAnswerers) {

  /** When a question was asked and first answered (null: not yet). */
  public record QuestionTimes(Instant asked, Instant firstAnswer) {}
}
