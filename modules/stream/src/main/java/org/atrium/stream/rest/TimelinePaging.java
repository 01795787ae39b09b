package org.atrium.stream.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.atrium.platform.rest.PageLinks;
import org.atrium.stream.Status;
import org.atrium.stream.TimelineQuery;

/** Mastodon-style paging: {@code Link} with {@code rel="next"} (max_id) and {@code rel="prev"}. */
final class TimelinePaging {

  private TimelinePaging() {}

  static TimelineQuery query(String maxId, String minId, int limit) {
    return new TimelineQuery(
        Ids.optional(maxId, "max_id"),
        Ids.optional(minId, "min_id"),
        Math.clamp(limit, 1, TimelineQuery.MAX_LIMIT));
  }

  static Response ok(List<Status> statuses, UriInfo uri) {
    Response.ResponseBuilder response = Response.ok(statuses.stream().map(StatusJson::of).toList());
    if (!statuses.isEmpty()) {
      response.links(
          PageLinks.to(uri, "next", "max_id", statuses.getLast().id(), "min_id"),
          PageLinks.to(uri, "prev", "min_id", statuses.getFirst().id(), "max_id"));
    }
    return response.build();
  }
}
