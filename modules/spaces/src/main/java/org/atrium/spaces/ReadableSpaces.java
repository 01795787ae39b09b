package org.atrium.spaces;

import java.util.Set;

/**
 * The content a person may read, in a form timelines, feeds and search can filter by: the spaces
 * they belong to, plus, unless they are an external guest, every public space and everything posted
 * outside spaces ({@code employee}).
 */
public record ReadableSpaces(Set<Long> memberOf, boolean employee) {

  /**
   * Whether content in {@code spaceId} (null: outside any space) of that visibility is readable.
   */
  public boolean includes(Long spaceId, SpaceVisibility visibility) {
    if (spaceId == null) {
      return employee;
    }
    return memberOf.contains(spaceId) || (employee && visibility == SpaceVisibility.PUBLIC);
  }
}
