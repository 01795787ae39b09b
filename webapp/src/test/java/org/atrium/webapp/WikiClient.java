package org.atrium.webapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;

/** Saves wiki pages over HTTP with the conditional headers a real editor sends. */
final class WikiClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Api api;

  WikiClient(Api api) {
    this.api = api;
  }

  static String path(String space, String page) {
    return "/api/v1/spaces/" + space + "/pages/" + page;
  }

  /** A page body: title and Markdown, plus {@code parent} and {@code comment} when not null. */
  static Map<String, Object> page(String title, String body, String parent, String comment) {
    Map<String, Object> page = new HashMap<>();
    page.put("title", title);
    page.put("body", body);
    if (parent != null) {
      page.put("parent", parent);
    }
    if (comment != null) {
      page.put("comment", comment);
    }
    return page;
  }

  /** Creates a page: {@code If-None-Match: *}. */
  Api.Reply create(String space, String page, Map<String, Object> body, String token) {
    return put(space, page, body, token, "If-None-Match", "*");
  }

  /** Creates a top-level page with a title and body, asserting nothing. */
  Api.Reply create(String space, String page, String title, String body, String token) {
    return create(space, page, page(title, body, null, null), token);
  }

  /** Updates a page based on {@code revision}: {@code If-Match: "<revision>"}. */
  Api.Reply update(
      String space, String page, int revision, Map<String, Object> body, String token) {
    return put(space, page, body, token, "If-Match", "\"" + revision + "\"");
  }

  /** A PUT with one extra header, or none when {@code header} is null. */
  Api.Reply put(
      String space,
      String page,
      Map<String, Object> body,
      String token,
      String header,
      String value) {
    HttpRequest.Builder request =
        api.request(path(space, page), token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json(body)));
    if (header != null) {
      request.header(header, value);
    }
    return api.send(request);
  }

  /** The current revision of a page, as its reader sees it. */
  int revision(String space, String page, String token) {
    return api.get(path(space, page), token).json().get("revision").asInt();
  }

  /** The current Markdown of a page. */
  String body(String space, String page, String token) {
    return api.get(path(space, page), token).json().get("body").asText();
  }

  private static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
