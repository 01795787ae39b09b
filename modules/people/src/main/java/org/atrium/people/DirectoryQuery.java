package org.atrium.people;

/**
 * A directory search. Every filter is optional; {@code businessUnit} matches a code or a name,
 * {@code skill} a skill name or synonym, {@code text} a name, username, title or email.
 */
public record DirectoryQuery(
    String text, String businessUnit, String location, String skill, String cursor, int limit) {}
