package org.atrium.communities;

/** Someone likely to answer a question: a score to rank by and a "why you" line from evidence. */
public record ExpertCandidate(String username, double score, String why) {}
