package org.atrium.communities;

import java.time.Instant;
import java.util.List;
import org.atrium.people.PersonRef;

/**
 * A question with everything its page shows, as one caller sees it; the {@code can…} flags say
 * which actions will work for the caller, while the services still decide.
 */
public record Question(
    long id,
    String space,
    String spaceName,
    String title,
    String body,
    String html,
    List<String> tags,
    PersonRef author,
    Instant createdAt,
    Instant editedAt,
    QuestionState state,
    Long acceptedAnswerId,
    List<Answer> answers,
    List<Comment> comments,
    List<RoutedExpert> routedTo,
    Permissions can) {

  /** What the caller may do with this question. */
  public record Permissions(
      boolean answer, boolean edit, boolean accept, boolean verify, boolean decline) {}
}
