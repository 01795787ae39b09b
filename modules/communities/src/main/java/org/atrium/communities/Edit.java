package org.atrium.communities;

import java.time.Instant;
import java.util.List;
import org.atrium.people.PersonRef;

/**
 * An earlier version of a question or answer, as it was until {@code replacedAt} when {@code
 * editor} changed it; {@code title} and {@code tags} are null for answers.
 */
public record Edit(
    PersonRef editor, String title, String body, List<String> tags, Instant replacedAt) {}
