package org.atrium.webapp.pages;

/**
 * A post card: who wrote it and when, where it lives, its sanitised content, and the actions the
 * viewer can take on it.
 *
 * @param where the space the post lives in, or null for a company-wide post
 * @param content sanitised HTML, the one value pages render unescaped
 * @param about how the card's buttons name the post to screen readers ("post by Anna Berg")
 * @param replies "2 replies", or null for none
 * @param likes "3 likes", or null for none
 * @param likeAction where the like or unlike form posts
 * @param deleteAction where the delete form posts, or null when the viewer may not delete it
 */
record StatusView(
    long id,
    String anchor,
    PersonView author,
    TimeView time,
    String href,
    SpaceLink where,
    String content,
    String about,
    String replyHref,
    String replies,
    boolean favourited,
    String likes,
    String likeAction,
    String deleteAction) {

  /** A link to the space a post lives in. */
  record SpaceLink(String name, String href) {}
}
