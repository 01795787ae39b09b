package org.atrium.wiki;

/**
 * Whether a person watches a page ({@code page}) and the whole wiki of its space ({@code wiki}).
 */
public record Watching(boolean page, boolean wiki) {}
