package org.atrium.platform.error;

/** The request body is larger than this endpoint accepts. */
public final class TooLarge extends AtriumException {

  public TooLarge(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 413;
  }

  @Override
  public String title() {
    return "Content too large";
  }
}
