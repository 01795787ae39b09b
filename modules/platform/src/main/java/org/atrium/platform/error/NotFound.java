package org.atrium.platform.error;

/** The thing does not exist, or the caller may not know that it exists. */
public final class NotFound extends AtriumException {

  public NotFound(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 404;
  }

  @Override
  public String title() {
    return "Not found";
  }
}
