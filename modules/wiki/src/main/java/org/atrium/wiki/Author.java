package org.atrium.wiki;

/** The person who saved a revision: enough to show their name and link to their profile. */
public record Author(String username, String displayName) {}
