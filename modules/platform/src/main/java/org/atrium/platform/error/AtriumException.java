package org.atrium.platform.error;

import java.util.Map;

/** A failure the caller can act on; its message is safe to show to them. */
public abstract sealed class AtriumException extends RuntimeException
    permits BadRequest,
        Unauthenticated,
        Forbidden,
        NotFound,
        Conflict,
        TooLarge,
        UnsupportedMediaType,
        InvalidInput,
        PreconditionFailed,
        PreconditionRequired,
        RangeNotSatisfiable,
        RateLimited {

  protected AtriumException(String message) {
    super(message, null, false, false);
  }

  /** The HTTP status this failure is reported with. */
  public abstract int status();

  /** A short, stable, human title for the kind of failure (RFC 9457 {@code title}). */
  public abstract String title();

  /**
   * Extra members of the problem document (RFC 9457 extension members), keyed by their JSON name;
   * values are written in the one JSON dialect. Empty for most failures.
   */
  public Map<String, Object> extensions() {
    return Map.of();
  }
}
