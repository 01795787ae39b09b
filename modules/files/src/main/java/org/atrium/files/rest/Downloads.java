package org.atrium.files.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.atrium.files.Download;

/**
 * Sends stored bytes so that a browser can never run them: no sniffing, a sandboxing policy that
 * allows nothing to load, and inline display only for the types {@link Download#inline} allows. A
 * single byte range is sent as 206 (a resumed download, a video's seek), unless {@code If-Range}
 * names another version than the one stored.
 */
final class Downloads {

  /** Replaces the pages' policy: a download is a sandboxed document that may load nothing. */
  static final String CSP = "sandbox; default-src 'none'; img-src 'self'; media-src 'self'";

  private Downloads() {}

  static Response send(Download download, Request request) {
    return send(download, request, null, null);
  }

  static Response send(Download download, Request request, String range, String ifRange) {
    EntityTag tag = new EntityTag(download.sha256());
    CacheControl cache = new CacheControl();
    cache.setPrivate(true);
    cache.setNoCache(true);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    Optional<ByteRange> part =
        unchanged == null
                && (ifRange == null || ifRange.strip().equals("\"" + tag.getValue() + "\""))
            ? ByteRange.of(range, download.size())
            : Optional.empty();
    Response.ResponseBuilder response;
    if (unchanged != null) {
      response = unchanged;
    } else if (part.isPresent()) {
      ByteRange bytes = part.get();
      response =
          Response.status(Response.Status.PARTIAL_CONTENT)
              .entity((StreamingOutput) out -> copy(download.path(), bytes, out))
              .header("Content-Range", bytes.contentRange(download.size()))
              .header(HttpHeaders.CONTENT_LENGTH, bytes.length());
    } else {
      response = Response.ok((StreamingOutput) out -> Files.copy(download.path(), out));
      if (download.size() >= 0) {
        response.header(HttpHeaders.CONTENT_LENGTH, download.size());
      }
    }
    if (unchanged == null) {
      response
          .type(download.contentType())
          .header("Content-Disposition", ContentDisposition.of(download.inline(), download.name()))
          .header("Accept-Ranges", "bytes");
    }
    return response
        .tag(tag)
        .cacheControl(cache)
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", CSP)
        .build();
  }

  private static void copy(Path path, ByteRange bytes, OutputStream out) throws IOException {
    try (FileChannel file = FileChannel.open(path)) {
      WritableByteChannel to = Channels.newChannel(out);
      long sent = 0;
      while (sent < bytes.length()) {
        long moved = file.transferTo(bytes.first() + sent, bytes.length() - sent, to);
        if (moved <= 0) {
          throw new IOException(path + " is shorter than its recorded size");
        }
        sent += moved;
      }
    }
  }
}
