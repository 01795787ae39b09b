package org.atrium.files;

/** What access checks need of a file: its space, owner, and whether it was deleted. */
public record FileRow(long id, long spaceId, String space, long createdBy, boolean deleted) {}
