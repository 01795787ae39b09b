package org.atrium.people;

import org.atrium.platform.auth.Role;

/** Who a username stands for, for rules that need ids and status rather than a profile. */
public record PersonKey(long id, String username, Role role, PersonStatus status) {

  public boolean active() {
    return status == PersonStatus.ACTIVE;
  }
}
