package org.atrium.stream;

import java.time.Instant;
import org.atrium.people.PersonRef;

/**
 * Something that happened to the recipient: {@code type} is one of mention, reply, favourite,
 * follow, space_invite; {@code account} who did it; {@code status} or {@code space} what it is
 * about, when it is about one.
 */
public record Notification(
    long id,
    String type,
    Instant createdAt,
    PersonRef account,
    Status status,
    Status.SpaceRef space) {}
