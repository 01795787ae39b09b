package org.atrium.people;

/** What an HR import did, or would do on a dry run. */
public record ImportReport(int created, int updated, int unchanged, boolean dryRun) {}
