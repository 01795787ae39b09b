package org.atrium.platform.error;

/** A byte range outside what is there; the response says how long it is. */
public final class RangeNotSatisfiable extends AtriumException {

  private final long size;

  public RangeNotSatisfiable(String message, long size) {
    super(message);
    this.size = size;
  }

  /** The length of the whole representation, for {@code Content-Range: bytes *}{@code /size}. */
  public long size() {
    return size;
  }

  @Override
  public int status() {
    return 416;
  }

  @Override
  public String title() {
    return "Range not satisfiable";
  }
}
