package org.atrium.communities;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.atrium.people.PersonRef;

/**
 * Whether a community works, for its owners and HR. Figures about people come with a privacy
 * threshold: a group of fewer than {@code privacyThreshold} people is never shown individually, so
 * {@code activeMembers}, {@code crossUnitAnswers} and {@code topContributors} are null when they
 * would describe fewer people than that.
 *
 * @param answeredShare questions with at least one answer, of all questions (null: none asked)
 * @param medianHoursToFirstAnswer over questions answered so far (null: none answered)
 */
public record CommunityAnalytics(
    String space,
    Instant generatedAt,
    int privacyThreshold,
    int members,
    List<WeekCount> membersOverTime,
    Integer activeMembers,
    int questions,
    List<WeekCount> questionsPerWeek,
    Double answeredShare,
    Double medianHoursToFirstAnswer,
    int answers,
    CrossUnit crossUnitAnswers,
    List<Contributor> topContributors) {

  /** A figure for the week starting on Monday {@code week}. */
  public record WeekCount(LocalDate week, int count) {}

  /** Answers written by someone of another business unit than the asker's. */
  public record CrossUnit(int count, double share) {}

  /** Someone who answered: how many answers, how many of them accepted. */
  public record Contributor(PersonRef person, int answers, int accepted) {}
}
