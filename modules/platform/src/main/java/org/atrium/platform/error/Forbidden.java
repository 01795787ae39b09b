package org.atrium.platform.error;

/** The caller is known but may not do this. */
public final class Forbidden extends AtriumException {

  public Forbidden(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 403;
  }

  @Override
  public String title() {
    return "Forbidden";
  }
}
