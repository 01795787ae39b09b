package org.atrium.platform.auth;

/**
 * The signed-in person a request runs for.
 *
 * @param sessionId the sign-in session (refresh family or web session) the request belongs to
 */
public record Caller(long accountId, String username, Role role, String sessionId) {

  public boolean is(Role other) {
    return role == other;
  }

  public boolean isGuest() {
    return role == Role.GUEST;
  }
}
