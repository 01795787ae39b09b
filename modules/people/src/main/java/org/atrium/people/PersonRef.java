package org.atrium.people;

/** A pointer to a person, enough to show a name and link to the profile. */
public record PersonRef(String username, String displayName, String title) {}
