package org.atrium.webapp.pages;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where an action sends the browser afterwards: the page its form was on, which the form names in
 * the {@code back} field. Only local paths count, so a crafted form cannot send anyone elsewhere.
 */
final class Back {

  static final String FIELD = "back";

  private Back() {}

  /** The address of the page being rendered, without the message of the last action. */
  static String of(UriInfo uri) {
    URI request = uri.getRequestUri();
    String query = request.getRawQuery();
    String kept =
        query == null
            ? ""
            : Arrays.stream(query.split("&"))
                .filter(param -> !param.equals("flash") && !param.startsWith("flash="))
                .collect(Collectors.joining("&"));
    return request.getRawPath() + (kept.isEmpty() ? "" : "?" + kept);
  }

  /**
   * A 303 to {@code back}, or to {@code fallback} when it is missing or not local, showing {@code
   * flash} and scrolled to {@code fragment} (null for the top).
   */
  static Response to(String back, String fallback, Flash flash, String fragment) {
    String target = isLocal(back) ? back : fallback;
    int hash = target.indexOf('#');
    if (hash >= 0) {
      target = target.substring(0, hash);
    }
    String address =
        target
            + (target.contains("?") ? "&" : "?")
            + "flash="
            + flash.code()
            + (fragment == null ? "" : "#" + fragment);
    return Response.seeOther(URI.create(address)).build();
  }

  /** A 303 to a page of ours with {@code flash}, for actions that always land on the same page. */
  static Response to(String page, Flash flash) {
    return to(page, page, flash, null);
  }

  /** A path of this site: no scheme or host, nothing a browser would read as one, valid. */
  private static boolean isLocal(String path) {
    if (path == null
        || !path.startsWith("/")
        || path.startsWith("//")
        || path.contains("\\")
        || path.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
      return false;
    }
    try {
      URI uri = new URI(path);
      return uri.getScheme() == null && uri.getRawAuthority() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
