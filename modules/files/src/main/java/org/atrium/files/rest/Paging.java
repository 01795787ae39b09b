package org.atrium.files.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import org.atrium.people.Page;
import org.atrium.platform.rest.PageLinks;

/** Cursor pagination on the wire: a {@code Link: <…>; rel="next"} header and a bounded limit. */
final class Paging {

  static final int MAX_LIMIT = 100;

  private Paging() {}

  static int limit(int requested) {
    return Math.clamp(requested, 1, MAX_LIMIT);
  }

  static <T, J> Response ok(Page<T> page, Function<T, J> toJson, UriInfo uri) {
    Response.ResponseBuilder response = Response.ok(page.items().stream().map(toJson).toList());
    if (page.nextCursor() != null) {
      response.links(PageLinks.to(uri, "next", "cursor", page.nextCursor()));
    }
    return response.build();
  }
}
