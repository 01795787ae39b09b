package org.atrium.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A small HTTP client for tests: JSON in and out, bearer tokens, sign-in cached per person. */
public final class Api {

  public static final String DEMO_PASSWORD = "demo";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

  /**
   * Access tokens live ten minutes and a whole suite runs longer, so a cached one is renewed well
   * before it expires.
   */
  private static final Duration TOKEN_REUSE = Duration.ofMinutes(5);

  private record Token(String value, Instant issued) {
    boolean fresh() {
      return Instant.now().isBefore(issued.plus(TOKEN_REUSE));
    }
  }

  private final URI base;

  Api(URI base) {
    this.base = base;
  }

  /** A response: status, headers and the body, parsed when it is JSON. */
  public record Reply(int status, HttpResponse<String> raw) {
    public JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + raw.body(), e);
      }
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }

    public String body() {
      return raw.body();
    }
  }

  /**
   * Signs {@code login} in with the demo password and returns the token; a token younger than five
   * minutes is reused, so each person signs in rarely (sign-ins are rate-limited).
   */
  public String token(String login) {
    return TOKENS
        .compute(
            base + " " + login,
            (key, token) ->
                token != null && token.fresh()
                    ? token
                    : new Token(
                        login(login, DEMO_PASSWORD).json().get("access_token").asText(),
                        Instant.now()))
        .value();
  }

  public Reply login(String login, String password) {
    return post("/api/v1/auth/login", Map.of("login", login, "password", password), null);
  }

  public Reply get(String path, String token) {
    return send(request(path, token).GET());
  }

  public Reply post(String path, Object body, String token) {
    return send(request(path, token).header("Content-Type", "application/json").POST(json(body)));
  }

  public Reply put(String path, Object body, String token) {
    return send(request(path, token).header("Content-Type", "application/json").PUT(json(body)));
  }

  public Reply patch(String path, Object body, String token) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .method("PATCH", json(body)));
  }

  public Reply delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  /** A request with a raw body and content type, for malformed or unusual input. */
  public Reply raw(String method, String path, String contentType, String body, String token) {
    HttpRequest.Builder builder =
        request(path, token).method(method, HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder);
  }

  public HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  public Reply send(HttpRequest.Builder request) {
    HttpRequest built = request.build();
    try {
      HttpResponse<String> response;
      try {
        response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        if (!closedBeforeAnswering(e)) {
          throw e;
        }
        // The server closed a kept-alive connection just as the request went down it, so the
        // request was never answered: sent again on a fresh connection, as browsers do.
        response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
      }
      return new Reply(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean closedBeforeAnswering(IOException e) {
    return e.getMessage() != null && e.getMessage().contains("received no bytes");
  }

  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static HttpRequest.BodyPublisher json(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
