package org.atrium.platform.error;

/** No credentials, or credentials that are invalid, expired or revoked. */
public final class Unauthenticated extends AtriumException {

  public Unauthenticated(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 401;
  }

  @Override
  public String title() {
    return "Unauthenticated";
  }
}
