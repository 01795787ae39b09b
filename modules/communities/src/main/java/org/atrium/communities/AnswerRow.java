package org.atrium.communities;

/** What the rules need of a stored answer: whose it is, of which question, whether verified. */
public record AnswerRow(long id, long questionId, long authorId, String body, boolean verified) {}
