package org.atrium.webapp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Uploads and downloads files over HTTP, as a browser's multipart form would send them. */
final class FilesClient {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final Api api;

  FilesClient(Api api) {
    this.api = api;
  }

  /** A multipart body with one file part {@code file}, named and typed as the client claims. */
  static Multipart multipart(String name, String claimedType, byte[] content) {
    return multipart(null, name, claimedType, content);
  }

  /**
   * A multipart body as the upload form sends it: the {@code csrf} field first (unless null), then
   * the file part.
   */
  static Multipart multipart(String csrf, String name, String claimedType, byte[] content) {
    String boundary = "----atrium" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      if (csrf != null) {
        body.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
                    + csrf
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + name
                  + "\"\r\nContent-Type: "
                  + claimedType
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(content);
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  /** A ready multipart body and its content type. */
  record Multipart(String contentType, byte[] body) {}

  Api.Reply upload(String space, String name, byte[] content, String token) {
    return upload(space, name, "application/octet-stream", content, token);
  }

  Api.Reply upload(String space, String name, String claimedType, byte[] content, String token) {
    Multipart multipart = multipart(name, claimedType, content);
    return api.send(
        api.request("/api/v1/spaces/" + space + "/files", token)
            .header("Content-Type", multipart.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body())));
  }

  Api.Reply upload(String space, String name, String text, String token) {
    return upload(space, name, text.getBytes(StandardCharsets.UTF_8), token);
  }

  /** The raw bytes of a download, with its headers. */
  HttpResponse<byte[]> download(String path, String token) {
    return download(path, token, Map.of());
  }

  /** The raw bytes of a download asked for with {@code headers}, such as a {@code Range}. */
  HttpResponse<byte[]> download(String path, String token, Map<String, String> headers) {
    HttpRequest.Builder request = api.request(path, token).GET();
    headers.forEach(request::header);
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
