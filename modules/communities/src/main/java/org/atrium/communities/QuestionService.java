package org.atrium.communities;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.atrium.communities.store.CommunityStore;
import org.atrium.communities.store.QaStore;
import org.atrium.communities.store.RoutingStore;
import org.atrium.people.Page;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.BadRequest;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.error.InvalidInput;
import org.atrium.platform.error.NotFound;
import org.atrium.platform.outbox.Outbox;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.SpaceAccess;
import org.atrium.spaces.SpaceRole;

/**
 * Questions: asking, listing, reading with answers, editing with history, comments, declining a
 * routed question, and similar questions for the ask form. Reading needs read access to the
 * community, writing needs to be able to contribute to it: both the access policy's call.
 */
public final class QuestionService {

  public static final int MAX_LIMIT = 100;
  private static final int SIMILAR = 5;

  private final Tx tx;
  private final QaStore store;
  private final RoutingStore routing;
  private final QaAccess access;
  private final CommunityEvents events;
  private final Clock clock;

  public QuestionService(
      Tx tx,
      QaStore store,
      CommunityStore communities,
      RoutingStore routing,
      AccessPolicy policy,
      Outbox outbox,
      Clock clock) {
    this.tx = tx;
    this.store = store;
    this.routing = routing;
    this.access = new QaAccess(store, communities, policy);
    this.events = new CommunityEvents(outbox);
    this.clock = clock;
  }

  /** Asks a question in a community; routing to experts follows after commit. */
  public Question ask(Caller caller, String slug, QuestionDraft draft) {
    QuestionDraft question = QaText.validated(draft);
    return tx.write(
        () -> {
          SpaceAccess space = access.community(caller, slug, true);
          long id =
              store.addQuestion(
                  space.id(),
                  caller.accountId(),
                  question.title(),
                  question.body(),
                  question.tags(),
                  clock.instant());
          events.question(CommunityEvents.QUESTION_CREATED, id, space.id());
          return view(caller, access.readable(caller, id));
        });
  }

  /** Questions of a community, newest first; {@code state}, {@code tag} and {@code text} filter. */
  public Page<QuestionSummary> list(
      Caller caller, String slug, String state, String tag, String text, String cursor, int limit) {
    QuestionState wanted = state(state);
    Long before = cursor(cursor);
    String folded = text == null || text.isBlank() ? null : text.strip().toLowerCase();
    String tagged = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase();
    return tx.read(
        () ->
            store.questions(
                access.community(caller, slug, false).id(),
                wanted,
                tagged,
                folded,
                before,
                Math.clamp(limit, 1, MAX_LIMIT)));
  }

  public Question get(Caller caller, long questionId) {
    return tx.read(() -> view(caller, access.readable(caller, questionId)));
  }

  /** The author edits their question; the version it replaces goes into the history. */
  public Question edit(Caller caller, long questionId, QuestionDraft draft) {
    QuestionDraft edited = QaText.validated(draft);
    return tx.write(
        () -> {
          QaAccess.Found found = access.contributable(caller, questionId);
          QuestionRow old = store.lockQuestion(questionId).orElseThrow();
          if (old.authorId() != caller.accountId()) {
            throw new Forbidden("only the asker can edit a question");
          }
          store.updateQuestion(
              old,
              caller.accountId(),
              edited.title(),
              edited.body(),
              edited.tags(),
              clock.instant());
          events.question(CommunityEvents.QUESTION_UPDATED, questionId, found.space().id());
          return view(caller, access.readable(caller, questionId));
        });
  }

  /** Earlier versions of a question, newest first. */
  public List<Edit> history(Caller caller, long questionId) {
    return tx.read(() -> store.edits(access.readable(caller, questionId).question().id(), null));
  }

  /** Comments on the question ({@code answerId} null) or on one of its answers. */
  public Comment comment(Caller caller, long questionId, Long answerId, String body) {
    String text = QaText.validatedBody("body", body, QaText.MAX_COMMENT);
    return tx.write(
        () -> {
          QaAccess.Found found = access.contributable(caller, questionId);
          if (answerId != null && access.answer(answerId).questionId() != questionId) {
            throw InvalidInput.of("answer_id", "is not an answer to this question");
          }
          long id =
              store.addComment(questionId, answerId, caller.accountId(), text, clock.instant());
          return store.comments(found.question().id()).stream()
              .filter(c -> c.id() == id)
              .findFirst()
              .orElseThrow();
        });
  }

  /** Someone the question was routed to passes; routing finds another person. */
  public void decline(Caller caller, long questionId) {
    tx.write(
        () -> {
          QaAccess.Found found = access.readable(caller, questionId);
          if (!routing.decline(questionId, caller.accountId(), clock.instant())) {
            throw new NotFound("question " + questionId + " is not waiting for you");
          }
          events.declined(found.question().id(), caller.accountId());
        });
  }

  /**
   * Up to five questions of the community whose titles share the most words with {@code title}, for
   * the ask form to show before someone asks again.
   */
  public List<QuestionSummary> similar(Caller caller, String slug, String title) {
    List<String> words = QaText.words(title).stream().limit(8).toList();
    return tx.read(
        () -> {
          SpaceAccess space = access.community(caller, slug, false);
          if (words.isEmpty()) {
            return List.of();
          }
          List<QuestionSummary> found = new ArrayList<>(store.titledWithAny(space.id(), words, 50));
          found.sort(
              Comparator.comparingLong((QuestionSummary q) -> -shared(words, q.title()))
                  .thenComparing(q -> -q.id()));
          return found.subList(0, Math.min(SIMILAR, found.size()));
        });
  }

  private static long shared(List<String> words, String title) {
    List<String> titleWords = QaText.words(title);
    return words.stream().filter(titleWords::contains).count();
  }

  /** The question as the caller sees it: answers accepted first, then by score, then oldest. */
  Question view(Caller caller, QaAccess.Found found) {
    QuestionRow q = found.question();
    SpaceAccess space = found.space();
    List<Comment> comments = store.comments(q.id());
    List<Answer> answers = new ArrayList<>();
    for (Answer a : store.answers(q, caller.accountId(), comments)) {
      answers.add(
          new Answer(
              a.id(),
              a.questionId(),
              a.author(),
              a.body(),
              QaText.html(q.space(), a.body()),
              a.createdAt(),
              a.editedAt(),
              a.score(),
              a.myVote(),
              a.accepted(),
              a.verifiedBy(),
              a.verifiedAt(),
              a.comments()));
    }
    answers.sort(
        Comparator.comparing((Answer a) -> !a.accepted())
            .thenComparing(Comparator.comparingInt(Answer::score).reversed())
            .thenComparingLong(Answer::id));
    boolean contribute = AccessPolicy.canContribute(caller, space);
    boolean asker = q.authorId() == caller.accountId();
    return new Question(
        q.id(),
        q.space(),
        q.spaceName(),
        q.title(),
        q.body(),
        QaText.html(q.space(), q.body()),
        q.tags(),
        q.author(),
        q.createdAt(),
        q.editedAt(),
        q.state(),
        q.acceptedAnswerId(),
        answers,
        comments.stream().filter(c -> c.answerId() == null).toList(),
        routing.routed(q.id()),
        new Question.Permissions(
            contribute,
            contribute && asker,
            contribute && asker && !answers.isEmpty(),
            contribute && space.role() == SpaceRole.EXPERT,
            routing.isRoutedTo(q.id(), caller.accountId())));
  }

  private static QuestionState state(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return QuestionState.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of("state", "must be unanswered, answered or accepted");
    }
  }

  private static Long cursor(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(cursor);
    } catch (NumberFormatException e) {
      throw new BadRequest("the cursor is not one this server handed out");
    }
  }
}
