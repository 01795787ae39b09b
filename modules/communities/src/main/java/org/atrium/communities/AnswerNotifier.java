package org.atrium.communities;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.atrium.communities.store.QaStore;
import org.atrium.platform.Json;
import org.atrium.platform.db.Tx;
import org.atrium.platform.outbox.OutboxConsumer;
import org.atrium.platform.outbox.OutboxEvent;
import org.atrium.stream.Notification;
import org.atrium.stream.NotificationSender;

/** Tells the asker about each new answer to their question, after the answer committed. */
public final class AnswerNotifier implements OutboxConsumer {

  private final Tx tx;
  private final QaStore store;
  private final NotificationSender notifications;

  public AnswerNotifier(Tx tx, QaStore store, NotificationSender notifications) {
    this.tx = tx;
    this.store = store;
    this.notifications = notifications;
  }

  @Override
  public String name() {
    return "answer-notifier";
  }

  @Override
  public boolean accepts(String topic) {
    return topic.equals(CommunityEvents.ANSWER_CREATED);
  }

  @Override
  public void handle(OutboxEvent event) {
    long answerId;
    try {
      answerId = Json.mapper().readTree(event.payload()).get("answer_id").asLong();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("outbox event " + event.id() + " has no JSON payload", e);
    }
    tx.write(
        () ->
            store
                .answer(answerId)
                .ifPresent(
                    answer ->
                        store
                            .question(answer.questionId())
                            .filter(q -> q.authorId() != answer.authorId())
                            .ifPresent(
                                q ->
                                    notifications.send(
                                        q.authorId(),
                                        "answer",
                                        answer.authorId(),
                                        q.spaceId(),
                                        new Notification.Subject(
                                            "/questions/" + q.id() + "#answer-" + answer.id(),
                                            q.title(),
                                            null),
                                        event.id()))));
  }
}
