package org.atrium.spaces;

import org.atrium.people.SharedSpaces;
import org.atrium.spaces.store.SpaceStore;

/** Tells the directory who shares a space, so guests see their fellow members. */
public final class SpaceAcquaintances implements SharedSpaces {

  private final SpaceStore store;

  public SpaceAcquaintances(SpaceStore store) {
    this.store = store;
  }

  @Override
  public boolean share(long personA, long personB) {
    return store.shareASpace(personA, personB);
  }
}
