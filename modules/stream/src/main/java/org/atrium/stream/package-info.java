/**
 * The microblog: statuses (posts and replies) with Markdown-lite, mentions and hashtags;
 * favourites; follows of people and tags; timelines; notifications; live events over Server-Sent
 * Events; Atom feeds. What a viewer may read is always decided by the spaces module's {@link
 * org.atrium.spaces.AccessPolicy}, in every channel. Reactions to a post (notifications, live
 * pushes) run from the outbox after the post commits.
 */
package org.atrium.stream;
