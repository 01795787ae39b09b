package org.atrium.wiki;

import java.time.Instant;

/**
 * A page at its current revision; {@code parent} is the slug of the page above it in the tree, null
 * at the top. {@code html} is rendered from {@code body} by {@link WikiText} when the page is
 * served; it is not stored.
 */
public record WikiPage(
    String space,
    String slug,
    String title,
    String parent,
    String body,
    String html,
    int revision,
    Instant createdAt,
    Instant updatedAt,
    Author updatedBy) {

  WikiPage rendered() {
    return new WikiPage(
        space,
        slug,
        title,
        parent,
        body,
        WikiText.render(space, body),
        revision,
        createdAt,
        updatedAt,
        updatedBy);
  }
}
