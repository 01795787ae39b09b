package org.atrium.files.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import org.atrium.files.Download;

/**
 * Sends stored bytes so that a browser can never run them: no sniffing, a sandboxing policy that
 * allows nothing to load, and inline display only for the types {@link Download#inline} allows.
 */
final class Downloads {

  /** Replaces the pages' policy: a download is a sandboxed document that may load nothing. */
  static final String CSP = "sandbox; default-src 'none'; img-src 'self'; media-src 'self'";

  private Downloads() {}

  static Response send(Download download, Request request) {
    EntityTag tag = new EntityTag(download.sha256());
    CacheControl cache = new CacheControl();
    cache.setPrivate(true);
    cache.setNoCache(true);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    Response.ResponseBuilder response =
        unchanged != null
            ? unchanged
            : Response.ok((StreamingOutput) out -> Files.copy(download.path(), out))
                .type(download.contentType())
                .header(
                    "Content-Disposition",
                    ContentDisposition.of(download.inline(), download.name()));
    if (unchanged == null && download.size() >= 0) {
      response.header(HttpHeaders.CONTENT_LENGTH, download.size());
    }
    return response
        .tag(tag)
        .cacheControl(cache)
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", CSP)
        .build();
  }
}
