package org.atrium.wiki;

import java.time.Instant;

/**
 * One saved version of a page. {@code html} is rendered from {@code body} when the revision is
 * served, with links resolved in {@code space}.
 */
public record Revision(
    String space,
    int number,
    String title,
    String body,
    String html,
    String comment,
    Author author,
    Instant createdAt) {

  Revision rendered() {
    return new Revision(
        space, number, title, body, WikiText.render(space, body), comment, author, createdAt);
  }
}
