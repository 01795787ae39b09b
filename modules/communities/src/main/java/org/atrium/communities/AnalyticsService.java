package org.atrium.communities;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.atrium.communities.store.AnalyticsStore;
import org.atrium.communities.store.CommunityStore;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Role;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.error.NotFound;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.SpaceAccess;

/**
 * Analytics of a community for its owners and HR: growth, activity, how well questions get answered
 * and by whom, with a privacy threshold on every figure about people.
 */
public final class AnalyticsService {

  /** No group smaller than this is ever shown individually. */
  public static final int PRIVACY_THRESHOLD = 5;

  static final int WEEKS = 12;
  static final int TOP = 10;
  private static final Duration ACTIVE_WINDOW = Duration.ofDays(30);

  private final Tx tx;
  private final AnalyticsStore store;
  private final CommunityStore communities;
  private final AccessPolicy policy;
  private final Clock clock;

  public AnalyticsService(
      Tx tx, AnalyticsStore store, CommunityStore communities, AccessPolicy policy, Clock clock) {
    this.tx = tx;
    this.store = store;
    this.communities = communities;
    this.policy = policy;
    this.clock = clock;
  }

  public CommunityAnalytics analytics(Caller caller, String slug) {
    Instant now = clock.instant();
    return tx.read(
        () -> {
          SpaceAccess space = policy.visible(caller, slug);
          if (!communities.isCommunity(space.id())) {
            throw new NotFound("'" + slug + "' is a project space, not a community");
          }
          if (!AccessPolicy.canManage(caller, space) && !caller.is(Role.HR)) {
            throw new Forbidden("only the owners of '" + slug + "' and HR see its analytics");
          }
          return compute(slug, store.figures(space.id(), now.minus(ACTIVE_WINDOW), TOP), now);
        });
  }

  /** The analytics as CSV: one row per figure, {@code metric,period,value}. */
  public String csv(Caller caller, String slug) {
    CommunityAnalytics a = analytics(caller, slug);
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      csv.printRecord("metric", "period", "value");
      for (CommunityAnalytics.WeekCount w : a.membersOverTime()) {
        csv.printRecord("members", w.week(), w.count());
      }
      for (CommunityAnalytics.WeekCount w : a.questionsPerWeek()) {
        csv.printRecord("questions", w.week(), w.count());
      }
      csv.printRecord("members", "now", a.members());
      csv.printRecord("active_members", "30 days", withheld(a.activeMembers()));
      csv.printRecord("questions", "all", a.questions());
      csv.printRecord("answers", "all", a.answers());
      csv.printRecord("answered_share", "all", blank(a.answeredShare()));
      csv.printRecord("median_hours_to_first_answer", "all", blank(a.medianHoursToFirstAnswer()));
      csv.printRecord(
          "cross_unit_answers",
          "all",
          a.crossUnitAnswers() == null ? "withheld" : a.crossUnitAnswers().count());
      if (a.topContributors() != null) {
        for (CommunityAnalytics.Contributor c : a.topContributors()) {
          csv.printRecord("answers_by:" + c.person().username(), "all", c.answers());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static CommunityAnalytics compute(String slug, AnalyticsFigures f, Instant now) {
    LocalDate thisWeek =
        now.atZone(ZoneOffset.UTC)
            .toLocalDate()
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<CommunityAnalytics.WeekCount> members = new ArrayList<>();
    List<CommunityAnalytics.WeekCount> asked = new ArrayList<>();
    for (int i = WEEKS - 1; i >= 0; i--) {
      LocalDate week = thisWeek.minusWeeks(i);
      Instant start = week.atStartOfDay(ZoneOffset.UTC).toInstant();
      Instant end = week.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      members.add(
          new CommunityAnalytics.WeekCount(
              week, (int) f.memberJoins().stream().filter(j -> j.isBefore(end)).count()));
      asked.add(
          new CommunityAnalytics.WeekCount(
              week,
              (int)
                  f.questions().stream()
                      .filter(q -> !q.asked().isBefore(start) && q.asked().isBefore(end))
                      .count()));
    }
    List<Double> hours =
        f.questions().stream()
            .filter(q -> q.firstAnswer() != null)
            .map(q -> Duration.between(q.asked(), q.firstAnswer()).toSeconds() / 3600.0)
            .sorted()
            .toList();
    int questions = f.questions().size();
    return new CommunityAnalytics(
        slug,
        now,
        PRIVACY_THRESHOLD,
        f.memberJoins().size(),
        members,
        f.activePeople() >= PRIVACY_THRESHOLD ? f.activePeople() : null,
        questions,
        asked,
        questions == 0 ? null : round((double) hours.size() / questions),
        hours.isEmpty() ? null : round(median(hours)),
        f.answers(),
        f.answerers() >= PRIVACY_THRESHOLD
            ? new CommunityAnalytics.CrossUnit(
                f.crossUnitAnswers(), round((double) f.crossUnitAnswers() / f.answers()))
            : null,
        f.contributors() >= PRIVACY_THRESHOLD ? f.topAnswerers() : null);
  }

  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static Object withheld(Integer value) {
    return value == null ? "withheld" : value;
  }

  private static Object blank(Double value) {
    return value == null ? "" : value;
  }
}
