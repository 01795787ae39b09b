package org.atrium.communities;

import java.time.Instant;

/**
 * A question or an answer as a search index needs it: {@code type} is question or answer, {@code
 * title} the question's title for both, {@code text} the Markdown source.
 */
public record QaDocument(
    String type,
    long id,
    long questionId,
    long spaceId,
    String space,
    String title,
    String text,
    String author,
    Instant createdAt,
    boolean accepted,
    boolean verified) {}
