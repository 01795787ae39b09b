package org.atrium.platform.error;

/** The request could not be read: malformed JSON, a bad query parameter, a bad query syntax. */
public final class BadRequest extends AtriumException {

  public BadRequest(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String title() {
    return "Bad request";
  }
}
