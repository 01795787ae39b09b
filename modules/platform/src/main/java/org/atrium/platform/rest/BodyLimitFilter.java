package org.atrium.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.atrium.platform.AtriumConfig;
import org.atrium.platform.error.TooLarge;

/**
 * Refuses bodies over the endpoint's limit: at once when the declared length is too large, and
 * while reading when a chunked body grows past it.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public final class BodyLimitFilter implements ContainerRequestFilter {

  /** Room for the boundaries, part headers and small fields around an uploaded file. */
  static final long MULTIPART_OVERHEAD = 64 * 1024;

  private final long defaultLimit;
  private final long importLimit;
  private final long uploadLimit;
  @Context private ResourceInfo resource;

  public BodyLimitFilter(AtriumConfig config) {
    this.defaultLimit = config.maxBodyBytes();
    this.importLimit = config.maxImportBytes();
    this.uploadLimit = config.maxUploadBytes() + MULTIPART_OVERHEAD;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = limit();
    if (request.getLength() > limit) {
      throw tooLarge(limit);
    }
    request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
  }

  private long limit() {
    MaxBody max =
        resource.getResourceMethod() == null
            ? null
            : resource.getResourceMethod().getAnnotation(MaxBody.class);
    if (max == null) {
      return defaultLimit;
    }
    return switch (max.value()) {
      case IMPORT -> importLimit;
      case UPLOAD -> uploadLimit;
    };
  }

  static TooLarge tooLarge(long limit) {
    return new TooLarge("the request body must be at most " + limit / 1024 + " KiB");
  }
}
