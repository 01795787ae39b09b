package org.atrium.communities;

import java.time.Instant;
import java.util.List;
import org.atrium.people.PersonRef;

/** A question in a list. */
public record QuestionSummary(
    long id,
    String space,
    String title,
    List<String> tags,
    PersonRef author,
    Instant createdAt,
    QuestionState state,
    int answersCount) {}
