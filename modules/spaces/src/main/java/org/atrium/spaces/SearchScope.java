package org.atrium.spaces;

import java.util.Set;

/**
 * What one person may find through search, as the access policy decides it at the moment of the
 * search: search turns it into a filter, so nothing outside it is ever counted or shown.
 *
 * @param personId who searches
 * @param employee false for an external guest, who sees only their own spaces and people
 * @param memberOf the spaces they belong to (content, and the spaces themselves)
 * @param publicSpaces every public space, whose content every employee may read
 * @param secretSpaces every secret space, which only its members may even see
 * @param guestPeople for a guest, the people they may see (themselves and their spaces' members)
 */
public record SearchScope(
    long personId,
    boolean employee,
    Set<Long> memberOf,
    Set<Long> publicSpaces,
    Set<Long> secretSpaces,
    Set<Long> guestPeople) {

  public SearchScope {
    memberOf = Set.copyOf(memberOf);
    publicSpaces = Set.copyOf(publicSpaces);
    secretSpaces = Set.copyOf(secretSpaces);
    guestPeople = Set.copyOf(guestPeople);
  }

  /** Whether content in {@code spaceId} (null: outside any space) may be read. */
  public boolean readsContentOf(Long spaceId) {
    if (spaceId == null) {
      return employee;
    }
    return memberOf.contains(spaceId) || (employee && publicSpaces.contains(spaceId));
  }
}
