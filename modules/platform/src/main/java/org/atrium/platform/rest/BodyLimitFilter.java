package org.atrium.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.atrium.platform.AtriumConfig;
import org.atrium.platform.error.TooLarge;

/**
 * Refuses bodies over the endpoint's limit: at once when the declared length is too large, and
 * while reading when a chunked body grows past it.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public final class BodyLimitFilter implements ContainerRequestFilter {

  private final long defaultLimit;
  private final long importLimit;
  @Context private ResourceInfo resource;

  public BodyLimitFilter(AtriumConfig config) {
    this.defaultLimit = config.maxBodyBytes();
    this.importLimit = config.maxImportBytes();
  }

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = limit();
    if (request.getLength() > limit) {
      throw tooLarge(limit);
    }
    request.setEntityStream(new LimitedStream(request.getEntityStream(), limit));
  }

  private long limit() {
    MaxBody max =
        resource.getResourceMethod() == null
            ? null
            : resource.getResourceMethod().getAnnotation(MaxBody.class);
    return max == null ? defaultLimit : importLimit;
  }

  private static TooLarge tooLarge(long limit) {
    return new TooLarge("the request body must be at most " + limit / 1024 + " KiB");
  }

  private static final class LimitedStream extends FilterInputStream {
    private final long limit;
    private long read;

    LimitedStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw tooLarge(limit);
      }
    }
  }
}
