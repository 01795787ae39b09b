package org.atrium.wiki;

import java.util.List;

/**
 * What changed in a page's body between two revisions: a unified diff for tools and people who read
 * diffs, and an HTML table with changed words marked ({@code <del>}, {@code <ins>}), and the same
 * lines one by one for pages.
 */
public record PageDiff(int from, int to, String unified, String html, List<DiffLine> lines) {}
