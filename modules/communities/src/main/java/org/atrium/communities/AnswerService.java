package org.atrium.communities;

import java.time.Clock;
import java.util.List;
import org.atrium.communities.store.CommunityStore;
import org.atrium.communities.store.QaStore;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.error.InvalidInput;
import org.atrium.platform.outbox.Outbox;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.SpaceRole;

/**
 * Answers: answering, editing with history, voting (one vote per person, changeable), the asker
 * accepting one answer, and the community's experts verifying answers.
 */
public final class AnswerService {

  private final Tx tx;
  private final QaStore store;
  private final QaAccess access;
  private final QuestionService questions;
  private final CommunityEvents events;
  private final Clock clock;

  public AnswerService(
      Tx tx,
      QaStore store,
      CommunityStore communities,
      AccessPolicy policy,
      QuestionService questions,
      Outbox outbox,
      Clock clock) {
    this.tx = tx;
    this.store = store;
    this.access = new QaAccess(store, communities, policy);
    this.questions = questions;
    this.events = new CommunityEvents(outbox);
    this.clock = clock;
  }

  public Answer answer(Caller caller, long questionId, String body) {
    String text = QaText.validatedBody("body", body, QaText.MAX_BODY);
    return tx.write(
        () -> {
          access.contributable(caller, questionId);
          long id = store.addAnswer(questionId, caller.accountId(), text, clock.instant());
          events.answer(CommunityEvents.ANSWER_CREATED, id, questionId);
          return find(caller, questionId, id);
        });
  }

  /** The author edits their answer; the version it replaces goes into the history. */
  public Answer edit(Caller caller, long answerId, String body) {
    String text = QaText.validatedBody("body", body, QaText.MAX_BODY);
    return tx.write(
        () -> {
          AnswerRow answer = access.answer(answerId);
          access.contributable(caller, answer.questionId());
          if (answer.authorId() != caller.accountId()) {
            throw new Forbidden("only its author can edit an answer");
          }
          store.updateAnswer(answer, caller.accountId(), text, clock.instant());
          events.answer(CommunityEvents.ANSWER_UPDATED, answerId, answer.questionId());
          return find(caller, answer.questionId(), answerId);
        });
  }

  public List<Edit> history(Caller caller, long answerId) {
    return tx.read(
        () -> {
          AnswerRow answer = access.answer(answerId);
          access.readable(caller, answer.questionId());
          return store.edits(answer.questionId(), answerId);
        });
  }

  /**
   * Sets the caller's vote on an answer: 1 up, -1 down, 0 none. A person has one vote per answer,
   * so voting the same way twice counts once. Answers the answer with its new score.
   */
  public Answer vote(Caller caller, long answerId, Integer value) {
    if (value == null || value < -1 || value > 1) {
      throw InvalidInput.of("value", "must be 1, -1 or 0");
    }
    return tx.write(
        () -> {
          AnswerRow answer = access.answer(answerId);
          access.contributable(caller, answer.questionId());
          if (answer.authorId() == caller.accountId()) {
            throw new Forbidden("you cannot vote on your own answer");
          }
          store.vote(answerId, caller.accountId(), value, clock.instant());
          return find(caller, answer.questionId(), answerId);
        });
  }

  /** The asker accepts one answer of their question; accepting another replaces it. */
  public Question accept(Caller caller, long questionId, Long answerId) {
    if (answerId == null) {
      throw InvalidInput.of("answer_id", "is required");
    }
    return tx.write(
        () -> {
          QaAccess.Found found = access.contributable(caller, questionId);
          QuestionRow question = store.lockQuestion(questionId).orElseThrow();
          if (question.authorId() != caller.accountId()) {
            throw new Forbidden("only the asker can accept an answer");
          }
          AnswerRow answer =
              store
                  .answer(answerId)
                  .filter(a -> a.questionId() == questionId)
                  .orElseThrow(
                      () -> InvalidInput.of("answer_id", "is not an answer to this question"));
          store.accept(questionId, answer.id());
          events.question(CommunityEvents.QUESTION_UPDATED, questionId, found.space().id());
          return questions.view(caller, access.readable(caller, questionId));
        });
  }

  /** A community expert vouches for an answer; verifying it again changes nothing. */
  public Answer verify(Caller caller, long answerId) {
    return tx.write(
        () -> {
          AnswerRow answer = access.answer(answerId);
          QaAccess.Found found = access.contributable(caller, answer.questionId());
          if (found.space().role() != SpaceRole.EXPERT) {
            throw new Forbidden("only the community's experts can verify answers");
          }
          if (!answer.verified()) {
            store.verify(answerId, caller.accountId(), clock.instant());
            events.answer(CommunityEvents.ANSWER_UPDATED, answerId, answer.questionId());
          }
          return find(caller, answer.questionId(), answerId);
        });
  }

  /** The question an answer belongs to, if the caller may read it. */
  public long questionOf(Caller caller, long answerId) {
    return tx.read(
        () -> {
          AnswerRow answer = access.answer(answerId);
          return access.readable(caller, answer.questionId()).question().id();
        });
  }

  private Answer find(Caller caller, long questionId, long answerId) {
    return questions.view(caller, access.readable(caller, questionId)).answers().stream()
        .filter(a -> a.id() == answerId)
        .findFirst()
        .orElseThrow();
  }
}
