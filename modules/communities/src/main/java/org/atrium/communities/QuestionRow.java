package org.atrium.communities;

import java.time.Instant;
import java.util.List;
import org.atrium.people.PersonRef;

/** A stored question before the access policy and the caller shape it. */
public record QuestionRow(
    long id,
    long spaceId,
    String space,
    String spaceName,
    long authorId,
    PersonRef author,
    String title,
    String body,
    List<String> tags,
    Long acceptedAnswerId,
    int answersCount,
    Instant createdAt,
    Instant editedAt) {

  public QuestionState state() {
    return QuestionState.of(answersCount, acceptedAnswerId);
  }
}
