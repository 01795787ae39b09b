package org.atrium.spaces;

import java.util.Set;

/**
 * The spaces whose content a person may read, in a form timelines and search can filter by: the
 * spaces they belong to, plus every public space unless they are an external guest.
 */
public record ReadableSpaces(Set<Long> memberOf, boolean allPublic) {

  public boolean includes(long spaceId, SpaceVisibility visibility) {
    return memberOf.contains(spaceId) || (allPublic && visibility == SpaceVisibility.PUBLIC);
  }
}
