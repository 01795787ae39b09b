package org.atrium.spaces;

/**
 * What the access policy needs to know of one space for one person: its id, visibility, whether it
 * is archived, and the person's role in it (null when they are not a member).
 */
public record SpaceAccess(
    long id, String slug, SpaceVisibility visibility, boolean archived, SpaceRole role) {

  public boolean isMember() {
    return role != null;
  }
}
