package org.atrium.search;

/**
 * One completion.
 *
 * @param type {@code people}, {@code skills}, {@code tags} or {@code spaces}
 * @param detail a short second line (a tag's number of posts), or null
 */
public record Suggestion(String type, String value, String url, String detail) {}
