package org.atrium.communities;

import java.time.Instant;
import java.util.List;
import org.atrium.people.PersonRef;

/**
 * An answer as one caller sees it: {@code myVote} is the caller's vote (1, -1, or 0 for none);
 * {@code verifiedBy} the community expert who vouched for it, or null.
 */
public record Answer(
    long id,
    long questionId,
    PersonRef author,
    String body,
    String html,
    Instant createdAt,
    Instant editedAt,
    int score,
    int myVote,
    boolean accepted,
    PersonRef verifiedBy,
    Instant verifiedAt,
    List<Comment> comments) {

  public boolean verified() {
    return verifiedBy != null;
  }
}
