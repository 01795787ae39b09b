package org.atrium.wiki;

/**
 * The page as it is now, sent with a 412 to an editor whose save was based on an older revision, so
 * their client can offer to merge.
 */
public record CurrentRevision(int revision, String title, String body, Author updatedBy) {}
