package org.atrium.communities;

import java.util.Map;
import org.atrium.platform.outbox.Outbox;

/**
 * The outbox topics of communities, for routing, notifications and the search index. Every payload
 * names the question, and the answer when there is one:
 *
 * <ul>
 *   <li>{@code community.question.created} — {@code question_id, space_id}
 *   <li>{@code community.question.updated} — edited, or an answer accepted
 *   <li>{@code community.answer.created} — {@code answer_id, question_id}
 *   <li>{@code community.answer.updated} — edited or verified
 *   <li>{@code community.question.declined} — {@code question_id, person_id}: route on
 * </ul>
 */
public final class CommunityEvents {

  public static final String QUESTION_CREATED = "community.question.created";
  public static final String QUESTION_UPDATED = "community.question.updated";
  public static final String ANSWER_CREATED = "community.answer.created";
  public static final String ANSWER_UPDATED = "community.answer.updated";
  public static final String QUESTION_DECLINED = "community.question.declined";

  private final Outbox outbox;

  CommunityEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  void question(String topic, long questionId, long spaceId) {
    outbox.publish(
        topic, Long.toString(questionId), Map.of("question_id", questionId, "space_id", spaceId));
  }

  void answer(String topic, long answerId, long questionId) {
    outbox.publish(
        topic, Long.toString(questionId), Map.of("answer_id", answerId, "question_id", questionId));
  }

  void declined(long questionId, long personId) {
    outbox.publish(
        QUESTION_DECLINED,
        Long.toString(questionId),
        Map.of("question_id", questionId, "person_id", personId));
  }
}
