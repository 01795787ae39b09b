package org.atrium.stream;

import java.time.Instant;
import java.util.List;
import org.atrium.people.PersonRef;

/**
 * A post or reply as one viewer sees it. {@code content} is sanitised HTML, {@code text} the
 * source; {@code favourited} says whether this viewer favourited it.
 */
public record Status(
    long id,
    Instant createdAt,
    Instant editedAt,
    PersonRef account,
    SpaceRef space,
    String content,
    String text,
    Long inReplyToId,
    List<PersonRef> mentions,
    List<String> tags,
    int favouritesCount,
    int repliesCount,
    boolean favourited) {

  /** The same status as a viewer who has (or has not) favourited it sees it. */
  public Status favourited(boolean viewerFavourited) {
    return new Status(
        id,
        createdAt,
        editedAt,
        account,
        space,
        content,
        text,
        inReplyToId,
        mentions,
        tags,
        favouritesCount,
        repliesCount,
        viewerFavourited);
  }

  /** The space a status lives in. */
  public record SpaceRef(String slug, String name) {}
}
