package org.atrium.platform.error;

/** The request clashes with the current state, such as a duplicate username. */
public final class Conflict extends AtriumException {

  public Conflict(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "Conflict";
  }
}
