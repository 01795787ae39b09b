package org.atrium.wiki;

/**
 * One line of a diff: {@code kind} is equal, change, insert or delete; the old and new line as
 * escaped HTML, with changed words in {@code <del>} and {@code <ins>}.
 */
public record DiffLine(String kind, String oldHtml, String newHtml) {}
