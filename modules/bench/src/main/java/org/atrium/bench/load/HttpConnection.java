package org.atrium.bench.load;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection over a plain socket. The load driver runs many of these on the
 * same two cores as the server, so it is kept to the bare minimum: no pooling, no redirects, no
 * compression, just requests out and whole responses in. It reconnects after the server closes.
 */
public final class HttpConnection implements AutoCloseable {

  /** Long enough for any answer from a server that is working, however slowly. */
  private static final int DEFAULT_TIMEOUT_MILLIS = 10_000;

  private final InetSocketAddress address;
  private final String hostHeader;
  private final int timeoutMillis;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  public HttpConnection(String host, int port) {
    this(host, port, DEFAULT_TIMEOUT_MILLIS);
  }

  /** A connection that waits up to {@code timeoutMillis} for each answer. */
  public HttpConnection(String host, int port, int timeoutMillis) {
    this.address = new InetSocketAddress(host, port);
    this.hostHeader = host + ":" + port;
    this.timeoutMillis = timeoutMillis;
  }

  /** A response: its status and its body. */
  public record Response(int status, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** Sends {@code GET path}, with a bearer token unless it is null. */
  public Response get(String path, String token) throws IOException {
    return exchange("GET", path, token, null);
  }

  /** Sends {@code GET path} for plain text, such as Prometheus metrics, without a token. */
  public Response getText(String path) throws IOException {
    return exchange("GET", path, null, "Accept: text/plain", null, null);
  }

  /** Sends {@code POST path} with a JSON body. */
  public Response postJson(String path, String json) throws IOException {
    return postJson(path, json, null);
  }

  /** Sends {@code POST path} with a JSON body and a bearer token (unless it is null). */
  public Response postJson(String path, String json, String token) throws IOException {
    return exchange("POST", path, token, json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Sends {@code PUT path} with a JSON body, a bearer token and one extra header ({@code If-Match}
   * for a conditional save).
   */
  public Response putJson(String path, String token, String header, String value, String json)
      throws IOException {
    return exchange(
        "PUT", path, token, header + ": " + value, json.getBytes(StandardCharsets.UTF_8));
  }

  private Response exchange(String method, String path, String token, byte[] body)
      throws IOException {
    return exchange(method, path, token, null, body);
  }

  private Response exchange(
      String method, String path, String token, String extraHeader, byte[] body)
      throws IOException {
    return exchange(method, path, token, "Accept: application/json", extraHeader, body);
  }

  private Response exchange(
      String method, String path, String token, String accept, String extraHeader, byte[] body)
      throws IOException {
    connectIfNeeded();
    StringBuilder head =
        new StringBuilder(256)
            .append(method)
            .append(' ')
            .append(path)
            .append(" HTTP/1.1\r\nHost: ")
            .append(hostHeader)
            .append("\r\n")
            .append(accept)
            .append("\r\n");
    if (token != null) {
      head.append("Authorization: Bearer ").append(token).append("\r\n");
    }
    if (extraHeader != null) {
      head.append(extraHeader).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Type: application/json\r\nContent-Length: ")
          .append(body.length)
          .append("\r\n");
    }
    head.append("\r\n");
    try {
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return readResponse();
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  private Response readResponse() throws IOException {
    String statusLine = readLine();
    int status = Integer.parseInt(statusLine.substring(9, 12));
    int contentLength = -1;
    boolean chunked = false;
    boolean closeAfter = false;
    for (String line = readLine(); !line.isEmpty(); line = readLine()) {
      int colon = line.indexOf(':');
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> contentLength = Integer.parseInt(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> closeAfter = value.equalsIgnoreCase("close");
        default -> {
          // other headers do not change how the body is read
        }
      }
    }
    byte[] body = chunked ? readChunked() : readExactly(Math.max(contentLength, 0));
    if (closeAfter) {
      close();
    }
    return new Response(status, body);
  }

  private byte[] readChunked() throws IOException {
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (int size = chunkSize(); size > 0; size = chunkSize()) {
      body.write(readExactly(size));
      readLine();
    }
    for (String trailer = readLine(); !trailer.isEmpty(); trailer = readLine()) {
      // trailers carry nothing the driver needs
    }
    return body.toByteArray();
  }

  private int chunkSize() throws IOException {
    String line = readLine();
    int extension = line.indexOf(';');
    return Integer.parseInt(extension < 0 ? line.trim() : line.substring(0, extension).trim(), 16);
  }

  private byte[] readExactly(int length) throws IOException {
    byte[] bytes = in.readNBytes(length);
    if (bytes.length < length) {
      throw new EOFException("the server closed the connection mid-response");
    }
    return bytes;
  }

  private String readLine() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("the server closed the connection");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  private void connectIfNeeded() throws IOException {
    if (socket != null) {
      return;
    }
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.setSoTimeout(timeoutMillis);
    s.connect(address, timeoutMillis);
    socket = s;
    in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
    out = s.getOutputStream();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing a broken connection has nothing left to report
      }
      socket = null;
    }
  }
}
