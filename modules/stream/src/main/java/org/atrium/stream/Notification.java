package org.atrium.stream;

import java.time.Instant;
import org.atrium.people.PersonRef;

/**
 * Something that happened to the recipient: {@code type} is one of mention, reply, favourite,
 * follow, space_invite, wiki_edit (a watched page changed), wiki_delete (a watched page was
 * deleted), wiki_mention, answer, question_routed; {@code account} who did it; {@code status},
 * {@code space}, {@code page} or {@code subject} what it is about, when it is about one.
 */
public record Notification(
    long id,
    String type,
    Instant createdAt,
    PersonRef account,
    Status status,
    Status.SpaceRef space,
    PageRef page,
    Subject subject) {

  /** A wiki page of {@code space}, at the revision the notification is about. */
  public record PageRef(String slug, String title, int revision) {}

  /**
   * What a notification from another module is about: a question, say; {@code note} says why it
   * concerns the recipient ("you know Kotlin").
   */
  public record Subject(String url, String title, String note) {}
}
