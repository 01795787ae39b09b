package org.atrium.communities;

import java.time.Instant;
import org.atrium.people.PersonRef;

/** A short reply to a question or an answer: plain text, shown escaped. */
public record Comment(long id, Long answerId, PersonRef author, String body, Instant createdAt) {}
