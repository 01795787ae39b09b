package org.atrium.people;

import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Role;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.error.NotFound;

/**
 * Who may see whom in the directory. Employees see every active person; HR and admins also see
 * deactivated ones; guests see themselves and the active members of the spaces they belong to.
 */
final class Visibility {

  private Visibility() {}

  /** Throws unless {@code caller} may browse the directory as a whole. */
  static void requireDirectory(Caller caller) {
    if (caller.isGuest()) {
      throw new Forbidden("guests see only the people of the spaces they belong to");
    }
  }

  /** Throws {@link NotFound} unless {@code caller} may see {@code person}. */
  static void requireVisible(Caller caller, PersonKey person, SharedSpaces shared) {
    boolean self = caller.accountId() == person.id();
    boolean visible =
        self
            || (!caller.isGuest() && person.active())
            || (caller.isGuest()
                && person.active()
                && shared.share(caller.accountId(), person.id()))
            || caller.is(Role.HR)
            || caller.is(Role.ADMIN);
    if (!visible) {
      throw notFound(person.username());
    }
  }

  static NotFound notFound(String username) {
    return new NotFound("no person '" + username + "' is visible to you");
  }

  /** Throws unless {@code caller} administers the directory. */
  static void requireHr(Caller caller) {
    if (!caller.is(Role.HR) && !caller.is(Role.ADMIN)) {
      throw new Forbidden("only HR can do this");
    }
  }
}
