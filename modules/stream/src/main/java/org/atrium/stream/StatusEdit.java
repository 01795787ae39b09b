package org.atrium.stream;

import java.time.Instant;

/** An earlier text of an edited status, and when it was replaced. */
public record StatusEdit(String text, Instant replacedAt) {}
