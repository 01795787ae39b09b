package org.atrium.communities;

import java.util.List;

/** A question as its author writes it: a title, a Markdown body and tags. */
public record QuestionDraft(String title, String body, List<String> tags) {}
