package org.atrium.communities;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.atrium.communities.store.QaStore;
import org.atrium.communities.store.RoutingStore;
import org.atrium.people.DirectoryService;
import org.atrium.people.PersonKey;
import org.atrium.platform.Json;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.AtriumException;
import org.atrium.platform.outbox.Outbox;
import org.atrium.platform.outbox.OutboxConsumer;
import org.atrium.platform.outbox.OutboxEvent;
import org.atrium.spaces.AccessPolicy;
import org.atrium.stream.Notification;
import org.atrium.stream.NotificationSender;

/**
 * Routes questions to the people most likely to answer them. A new question goes to the best {@code
 * perRound} candidates of the {@link ExpertFinder} who may read it, are not its asker and are below
 * their daily cap; each gets a {@code question_routed} notification saying why them. A question
 * still unanswered after {@code escalateAfter} goes to the next ones ({@link #escalateDue}, run on
 * a schedule), and someone who declines is replaced.
 *
 * <p>Everything runs from the outbox after the question committed, so asking never waits for the
 * ranking. Each round tops up to {@code perRound} people who have not declined, which makes a
 * repeated event harmless. Time comes from the routing clock, which tests control.
 */
public final class QuestionRouter implements OutboxConsumer {

  static final String QUESTION_ESCALATED = "community.question.escalated";
  private static final Duration DAY = Duration.ofDays(1);
  private static final int ESCALATIONS_PER_CHECK = 500;

  private final Tx tx;
  private final QaStore questions;
  private final RoutingStore routing;
  private final ExpertFinder finder;
  private final AccessPolicy policy;
  private final DirectoryService directory;
  private final NotificationSender notifications;
  private final Outbox outbox;
  private final RoutingSettings settings;
  private final Clock clock;

  public QuestionRouter(
      Tx tx,
      QaStore questions,
      RoutingStore routing,
      ExpertFinder finder,
      AccessPolicy policy,
      DirectoryService directory,
      NotificationSender notifications,
      Outbox outbox,
      RoutingSettings settings,
      Clock clock) {
    this.tx = tx;
    this.questions = questions;
    this.routing = routing;
    this.finder = finder;
    this.policy = policy;
    this.directory = directory;
    this.notifications = notifications;
    this.outbox = outbox;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "question-router";
  }

  @Override
  public boolean accepts(String topic) {
    return topic.equals(CommunityEvents.QUESTION_CREATED)
        || topic.equals(CommunityEvents.QUESTION_DECLINED)
        || topic.equals(QUESTION_ESCALATED);
  }

  @Override
  public void handle(OutboxEvent event) {
    long questionId = payload(event).get("question_id").asLong();
    tx.write(
        () -> {
          int round = routing.round(questionId);
          if (event.topic().equals(CommunityEvents.QUESTION_CREATED) && round == 0) {
            round = 1;
            routing.startRound(questionId, round, clock.instant());
          }
          if (round > 0) {
            topUp(questionId, round, event.id());
          }
        });
  }

  /**
   * Starts the next round for every unanswered question whose last round began more than {@code
   * escalateAfter} ago; the routing itself follows from the outbox. Answers how many escalated.
   */
  public int escalateDue() {
    Instant now = clock.instant();
    List<Long> due =
        tx.read(
            () ->
                routing.dueForEscalation(
                    now.minus(settings.escalateAfter()),
                    settings.maxRounds(),
                    ESCALATIONS_PER_CHECK));
    int escalated = 0;
    for (long questionId : due) {
      boolean done =
          tx.write(
              () -> {
                int round = routing.round(questionId);
                if (!routing
                    .dueForEscalation(
                        now.minus(settings.escalateAfter()),
                        settings.maxRounds(),
                        ESCALATIONS_PER_CHECK)
                    .contains(questionId)) {
                  return false;
                }
                routing.startRound(questionId, round + 1, now);
                outbox.publish(
                    QUESTION_ESCALATED,
                    Long.toString(questionId),
                    Map.of("question_id", questionId, "round", round + 1));
                return true;
              });
      escalated += done ? 1 : 0;
    }
    return escalated;
  }

  /** Routes the question to as many new people as this round lacks. */
  private void topUp(long questionId, int round, long eventId) {
    QuestionRow question = questions.question(questionId).orElse(null);
    if (question == null || question.answersCount() > 0) {
      return;
    }
    List<RoutedExpert> routed = routing.routed(questionId);
    long active = routed.stream().filter(r -> r.round() == round && !r.declined()).count();
    int wanted = (int) (settings.perRound() - active);
    if (wanted <= 0) {
      return;
    }
    Set<Long> excluded = new HashSet<>(routing.routedIds(questionId));
    excluded.add(question.authorId());
    Instant now = clock.instant();
    List<ExpertCandidate> candidates =
        finder.rank(
            question.title() + "\n" + question.body(),
            new HashSet<>(question.tags()),
            wanted + excluded.size() + 20);
    for (ExpertCandidate candidate : candidates) {
      if (wanted == 0) {
        break;
      }
      Optional<PersonKey> person = directory.activePerson(candidate.username());
      if (person.isEmpty()
          || excluded.contains(person.get().id())
          || !mayRead(person.get(), question)
          || routing.routedSince(person.get().id(), now.minus(DAY)) >= settings.dailyCap()) {
        continue;
      }
      if (routing.route(questionId, person.get().id(), round, why(candidate), now)) {
        notifications.send(
            person.get().id(),
            "question_routed",
            question.authorId(),
            question.spaceId(),
            new Notification.Subject("/questions/" + questionId, question.title(), why(candidate)),
            eventId);
        wanted--;
      }
    }
  }

  private boolean mayRead(PersonKey person, QuestionRow question) {
    Caller reader = new Caller(person.id(), person.username(), person.role(), null);
    try {
      policy.readable(reader, question.space());
      return true;
    } catch (AtriumException hidden) {
      return false;
    }
  }

  private static String why(ExpertCandidate candidate) {
    String why = candidate.why() == null ? "" : candidate.why();
    return why.length() > 500 ? why.substring(0, 499) + "…" : why;
  }

  private static JsonNode payload(OutboxEvent event) {
    try {
      return Json.mapper().readTree(event.payload());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("outbox event " + event.id() + " has no JSON payload", e);
    }
  }
}
