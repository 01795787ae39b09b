package org.atrium.stream;

import java.time.Instant;
import org.atrium.people.PersonRef;

/**
 * Something that happened to the recipient: {@code type} is one of mention, reply, favourite,
 * follow, space_invite, wiki_edit (a watched page changed), wiki_mention; {@code account} who did
 * it; {@code status}, {@code space} and {@code page} what it is about, when it is about one.
 */
public record Notification(
    long id,
    String type,
    Instant createdAt,
    PersonRef account,
    Status status,
    Status.SpaceRef space,
    PageRef page) {

  /** A wiki page of {@code space}, at the revision the notification is about. */
  public record PageRef(String slug, String title, int revision) {}
}
