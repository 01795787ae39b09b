package org.atrium.wiki;

/** What the wiki needs to know of a stored page to decide whether and how it may change. */
public record PageRow(long id, String slug, Long parentId, int revision, boolean deleted) {}
