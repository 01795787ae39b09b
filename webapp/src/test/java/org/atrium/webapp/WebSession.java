package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session over plain HTTP: signed in through the sign-in form, it sends the session
 * cookie with every request and the form token with every form, as the pages' forms do.
 */
final class WebSession {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final Api api;
  private final String cookie;
  private String csrf;

  private WebSession(Api api, String cookie) {
    this.api = api;
    this.cookie = cookie;
  }

  /** Signs {@code login} in through the sign-in form. */
  static WebSession signIn(Api api, String login, String password) {
    Api.Reply reply =
        api.send(
            api.request("/login", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "login=" + Api.encode(login) + "&password=" + Api.encode(password))));
    assertEquals(303, reply.status(), reply.body());
    String setCookie = reply.header("Set-Cookie");
    return new WebSession(api, setCookie.substring(0, setCookie.indexOf(';')));
  }

  Api.Reply get(String path) {
    return api.send(api.request(path, null).header("Cookie", cookie).GET());
  }

  /** Posts {@code fields} as a form of the pages would, with the session's form token. */
  Api.Reply post(String path, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("csrf", csrf());
    return postRaw(path, form);
  }

  /** Posts {@code fields} exactly as given: no form token unless they carry one. */
  Api.Reply postRaw(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> Api.encode(e.getKey()) + "=" + Api.encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return api.send(
        api.request(path, null)
            .header("Cookie", cookie)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Uploads {@code content} as the files page's form does, with {@code csrf} (none if null). */
  Api.Reply upload(String path, String csrf, String fileName, byte[] content) {
    FilesClient.Multipart form =
        FilesClient.multipart(csrf, fileName, "application/octet-stream", content);
    return api.send(
        api.request(path, null)
            .header("Cookie", cookie)
            .header("Content-Type", form.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(form.body())));
  }

  /** The session's form token, as its pages carry it. */
  String csrf() {
    if (csrf == null) {
      Matcher token = CSRF.matcher(get("/spaces").body());
      if (!token.find()) {
        throw new AssertionError("no form token on the spaces page");
      }
      csrf = token.group(1);
    }
    return csrf;
  }
}
