package org.atrium.platform.rest;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/** {@code Link} headers for paged lists: the same request with one paging parameter changed. */
public final class PageLinks {

  private PageLinks() {}

  /**
   * A link to this request with {@code parameter} set to {@code value} and the {@code dropped}
   * parameters removed, under {@code rel}.
   */
  public static Link to(
      UriInfo uri, String rel, String parameter, Object value, String... dropped) {
    UriBuilder target = uri.getRequestUriBuilder().replaceQueryParam(parameter, value);
    for (String name : dropped) {
      target.replaceQueryParam(name);
    }
    return Link.fromUriBuilder(target).rel(rel).build();
  }
}
