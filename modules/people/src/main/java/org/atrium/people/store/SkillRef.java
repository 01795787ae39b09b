package org.atrium.people.store;

/** A taxonomy entry's id and canonical name, as resolved from a name or synonym. */
public record SkillRef(long id, String name) {}
