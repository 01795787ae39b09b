package org.atrium.wiki;

/**
 * What an editor saves: the whole page, as PUT replaces it. A null {@code parent} puts the page at
 * the top of the tree; {@code comment} says why it changed and may be null.
 */
public record PageDraft(String title, String body, String parent, String comment) {}
