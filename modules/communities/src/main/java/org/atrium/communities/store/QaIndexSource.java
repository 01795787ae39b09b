package org.atrium.communities.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.atrium.communities.CommunityEvents;
import org.atrium.communities.QaDocument;
import org.atrium.platform.db.Tx;
import org.atrium.platform.index.IdOrderScan;
import org.atrium.platform.index.IndexDocument;
import org.atrium.platform.index.IndexDocument.Audience;
import org.atrium.platform.index.IndexSource;
import org.atrium.platform.outbox.OutboxEvent;

/**
 * Questions, or answers, as search documents in their community's space. A question's body is its
 * text and tags; an answer is titled by its question, so that expertise evidence names what it
 * answers. Acceptance by the asker and verification by an expert each count as a reaction, which
 * weighs an answer up as evidence. Every community event names the question, so an event reloads
 * the question or all of its answers.
 */
public final class QaIndexSource implements IndexSource {

  private static final Set<String> TOPICS =
      Set.of(
          CommunityEvents.QUESTION_CREATED,
          CommunityEvents.QUESTION_UPDATED,
          CommunityEvents.ANSWER_CREATED,
          CommunityEvents.ANSWER_UPDATED);

  private final String type;
  private final Tx tx;
  private final QaStore store;

  private QaIndexSource(String type, Tx tx, QaStore store) {
    this.type = type;
    this.tx = tx;
    this.store = store;
  }

  /** Questions: documents of type {@code question}. */
  public static QaIndexSource questions(Tx tx, QaStore store) {
    return new QaIndexSource("question", tx, store);
  }

  /** Answers: documents of type {@code answer}. */
  public static QaIndexSource answers(Tx tx, QaStore store) {
    return new QaIndexSource("answer", tx, store);
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public Set<String> topics() {
    return TOPICS;
  }

  @Override
  public Collection<String> affected(OutboxEvent event) {
    long questionId = Long.parseLong(event.aggregateId());
    if (type.equals("question")) {
      return List.of(event.aggregateId());
    }
    return tx.read(() -> store.answerIds(questionId)).stream().map(String::valueOf).toList();
  }

  @Override
  public List<IndexDocument> load(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Set<Long> wanted = new LinkedHashSet<>();
    ids.forEach(id -> wanted.add(Long.valueOf(id)));
    return tx.read(
        () -> {
          Collection<Long> questions =
              type.equals("question") ? wanted : store.questionIdsOfAnswers(wanted);
          List<IndexDocument> documents = new ArrayList<>();
          for (long questionId : questions) {
            store.question(questionId).map(store::documents).orElse(List.of()).stream()
                .filter(d -> d.type().equals(type) && wanted.contains(d.id()))
                .map(QaIndexSource::document)
                .forEach(documents::add);
          }
          return documents;
        });
  }

  @Override
  public long count() {
    return tx.read(() -> store.count(type));
  }

  @Override
  public void scan(int size, Consumer<List<IndexDocument>> batch) {
    IdOrderScan.pages(
        after -> tx.read(() -> store.documents(after, size)),
        QaDocument::questionId,
        found -> {
          List<IndexDocument> documents =
              found.stream()
                  .filter(d -> d.type().equals(type))
                  .map(QaIndexSource::document)
                  .toList();
          for (int i = 0; i < documents.size(); i += size) {
            batch.accept(documents.subList(i, Math.min(documents.size(), i + size)));
          }
        });
  }

  private static IndexDocument document(QaDocument d) {
    boolean answer = d.type().equals("answer");
    return new IndexDocument(
        d.type(),
        Long.toString(d.id()),
        Audience.SPACE_CONTENT,
        d.spaceId(),
        d.title(),
        d.text(),
        "/questions/" + d.questionId() + (answer ? "#answer-" + d.id() : ""),
        d.author(),
        d.createdAt(),
        answer ? (d.accepted() ? 1 : 0) + (d.verified() ? 1 : 0) : 0,
        Map.of("space", List.of(d.space())),
        List.of());
  }
}
