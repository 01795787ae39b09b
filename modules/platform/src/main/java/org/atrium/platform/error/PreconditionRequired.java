package org.atrium.platform.error;

/**
 * A change that could overwrite someone else's work was sent without saying which version it was
 * based on ({@code If-Match}).
 */
public final class PreconditionRequired extends AtriumException {

  public PreconditionRequired(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 428;
  }

  @Override
  public String title() {
    return "Precondition required";
  }
}
