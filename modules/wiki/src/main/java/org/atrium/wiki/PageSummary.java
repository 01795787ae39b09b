package org.atrium.wiki;

import java.time.Instant;

/** A page as the tree and backlinks list it: no body. */
public record PageSummary(
    String slug, String title, String parent, int revision, Instant updatedAt) {}
