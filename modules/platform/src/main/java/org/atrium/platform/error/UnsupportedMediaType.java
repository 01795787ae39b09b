package org.atrium.platform.error;

/** The request body is not in a media type this endpoint reads. */
public final class UnsupportedMediaType extends AtriumException {

  public UnsupportedMediaType(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 415;
  }

  @Override
  public String title() {
    return "Unsupported media type";
  }
}
