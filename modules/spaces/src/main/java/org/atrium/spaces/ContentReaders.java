package org.atrium.spaces;

import java.util.Set;

/**
 * The people who may read one piece of content, as {@link AccessPolicy#readersOf} worked them out:
 * the members of its space, plus every employee if it is outside spaces or in a public one.
 */
public record ContentReaders(Long spaceId, SpaceVisibility visibility, Set<Long> members) {

  public ContentReaders {
    members = Set.copyOf(members);
  }

  /** Whether {@code caller} may read the content: {@link ReadableSpaces#includes}'s rule. */
  public boolean includes(org.atrium.platform.auth.Caller caller) {
    boolean member = spaceId != null && members.contains(caller.accountId());
    return new ReadableSpaces(member ? Set.of(spaceId) : Set.of(), !caller.isGuest())
        .includes(spaceId, visibility);
  }
}
