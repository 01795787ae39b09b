package org.atrium.stream;

import org.atrium.spaces.SpaceVisibility;

/**
 * A stored status as rules see it: ids and place, before any viewer is considered.
 *
 * @param spaceId null for a company-wide post
 */
public record StatusRow(
    long id,
    long authorId,
    Long spaceId,
    String spaceSlug,
    SpaceVisibility spaceVisibility,
    Long inReplyToId,
    long threadRootId,
    String text,
    boolean deleted) {}
