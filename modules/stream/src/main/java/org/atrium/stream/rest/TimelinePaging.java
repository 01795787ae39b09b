package org.atrium.stream.rest;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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
          Link.fromUriBuilder(
                  uri.getRequestUriBuilder()
                      .replaceQueryParam("min_id")
                      .replaceQueryParam("max_id", statuses.getLast().id()))
              .rel("next")
              .build(),
          Link.fromUriBuilder(
                  uri.getRequestUriBuilder()
                      .replaceQueryParam("max_id")
                      .replaceQueryParam("min_id", statuses.getFirst().id()))
              .rel("prev")
              .build());
    }
    return response.build();
  }
}
