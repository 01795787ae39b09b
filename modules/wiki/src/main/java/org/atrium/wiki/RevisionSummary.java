package org.atrium.wiki;

import java.time.Instant;

/** A revision as the history lists it: who saved it, when, and why; no body. */
public record RevisionSummary(
    int number, String title, String comment, Author author, Instant createdAt) {}
