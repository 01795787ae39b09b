package org.atrium.platform.error;

/** Too many attempts; the caller may try again after {@link #retryAfterSeconds()}. */
public final class RateLimited extends AtriumException {

  private final long retryAfterSeconds;

  public RateLimited(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  @Override
  public int status() {
    return 429;
  }

  @Override
  public String title() {
    return "Too many requests";
  }
}
