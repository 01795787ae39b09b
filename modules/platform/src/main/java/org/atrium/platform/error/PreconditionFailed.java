package org.atrium.platform.error;

import java.util.Map;

/**
 * The request was conditional ({@code If-Match}) and the condition no longer holds: someone else
 * changed the thing first. The extensions carry what the caller needs to catch up, such as the
 * current state and what changed since their version.
 */
public final class PreconditionFailed extends AtriumException {

  private final Map<String, Object> extensions;

  public PreconditionFailed(String message, Map<String, Object> extensions) {
    super(message);
    this.extensions = Map.copyOf(extensions);
  }

  @Override
  public Map<String, Object> extensions() {
    return extensions;
  }

  @Override
  public int status() {
    return 412;
  }

  @Override
  public String title() {
    return "Precondition failed";
  }
}
