package org.atrium.webapp;

import java.time.Clock;
import java.time.Duration;
import org.atrium.communities.AnalyticsService;
import org.atrium.communities.AnswerNotifier;
import org.atrium.communities.AnswerService;
import org.atrium.communities.CommunityService;
import org.atrium.communities.EscalationSchedule;
import org.atrium.communities.ExpertFinder;
import org.atrium.communities.QuestionRouter;
import org.atrium.communities.QuestionService;
import org.atrium.communities.RoutingSettings;
import org.atrium.communities.store.AnalyticsStore;
import org.atrium.communities.store.CommunityStore;
import org.atrium.communities.store.QaStore;
import org.atrium.communities.store.RoutingStore;
import org.atrium.people.DirectoryService;
import org.atrium.platform.db.Tx;
import org.atrium.platform.outbox.Outbox;
import org.atrium.platform.outbox.OutboxDispatcher;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.SpaceService;
import org.atrium.stream.NotificationSender;

/**
 * The services of communities and Q&amp;A, wired in one place. Routing's experts come from the
 * {@link ExpertFinder} given here: the expertise ranking, through {@link RankedExpertFinder}.
 */
public record Communities(
    CommunityService communities,
    QuestionService questions,
    AnswerService answers,
    AnalyticsService analytics,
    QuestionRouter router,
    EscalationSchedule escalations) {

  /** How often unanswered questions are checked for their next routing round. */
  static final Duration ESCALATION_CHECK = Duration.ofMinutes(5);

  static Communities assemble(
      Tx tx,
      AccessPolicy policy,
      DirectoryService directory,
      SpaceService spaces,
      NotificationSender notifications,
      Outbox outbox,
      OutboxDispatcher dispatcher,
      ExpertFinder experts,
      Clock clock,
      Clock routingClock) {
    QaStore qa = new QaStore(tx);
    CommunityStore communityStore = new CommunityStore(tx);
    RoutingStore routing = new RoutingStore(tx);
    QuestionService questions =
        new QuestionService(tx, qa, communityStore, routing, policy, outbox, clock);
    QuestionRouter router =
        new QuestionRouter(
            tx,
            qa,
            routing,
            experts,
            policy,
            directory,
            notifications,
            outbox,
            RoutingSettings.load(),
            routingClock);
    dispatcher.register(router);
    dispatcher.register(new AnswerNotifier(tx, qa, notifications));
    return new Communities(
        new CommunityService(tx, communityStore, policy, spaces, clock),
        questions,
        new AnswerService(tx, qa, communityStore, policy, questions, outbox, clock),
        new AnalyticsService(tx, new AnalyticsStore(tx), communityStore, policy, clock),
        router,
        new EscalationSchedule(router, ESCALATION_CHECK));
  }
}
