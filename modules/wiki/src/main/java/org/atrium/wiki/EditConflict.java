package org.atrium.wiki;

import java.util.List;

/**
 * What an editor whose save was based on revision {@code base} meets when the page moved on: the
 * page as it is now, what changed from {@code base} to it, and their own text merged into it
 * ({@link WikiMerge.Result#clean()} when no change of theirs clashes with one since).
 */
public record EditConflict(
    WikiPage current, int base, List<DiffLine> theirChanges, WikiMerge.Result merged) {}
