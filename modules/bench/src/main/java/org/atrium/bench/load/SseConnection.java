package org.atrium.bench.load;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One client of Atrium's user stream, as a browser's EventSource holds it: a socket that stays
 * open, read line by line on a virtual thread of its own. It only looks at {@code update} events
 * and hands each status id to {@link Arrivals} with the time it arrived; everything else (comments,
 * heartbeats, notifications) is read and dropped.
 */
public final class SseConnection implements AutoCloseable {

  /** Where arrivals go: the status id of an {@code update} and {@link System#nanoTime()} then. */
  @FunctionalInterface
  public interface Arrivals {
    void update(int client, long statusId, long arrivedNanos);
  }

  private static final int CONNECT_TIMEOUT_MILLIS = 30_000;

  private final Socket socket;
  private final Thread reader;
  private final CountDownLatch open = new CountDownLatch(1);
  private volatile String failure;

  private SseConnection(Socket socket, int client, Arrivals arrivals) throws IOException {
    this.socket = socket;
    InputStream raw = new BufferedInputStream(socket.getInputStream(), 4096);
    this.reader =
        Thread.ofVirtual().name("sse-client-" + client).start(() -> read(raw, client, arrivals));
  }

  /** Opens the stream of the person {@code token} signs in; returns once it is accepted. */
  public static SseConnection open(int port, String token, int client, Arrivals arrivals)
      throws IOException, InterruptedException {
    Socket socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress("127.0.0.1", port), CONNECT_TIMEOUT_MILLIS);
    OutputStream out = socket.getOutputStream();
    out.write(
        ("GET /api/v1/streaming/user HTTP/1.1\r\nHost: 127.0.0.1:"
                + port
                + "\r\nAccept: text/event-stream\r\nAuthorization: Bearer "
                + token
                + "\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    SseConnection connection = new SseConnection(socket, client, arrivals);
    if (!connection.open.await(CONNECT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
      connection.close();
      throw new IOException("the stream did not open within " + CONNECT_TIMEOUT_MILLIS + " ms");
    }
    if (connection.failure != null) {
      connection.close();
      throw new IOException(connection.failure);
    }
    return connection;
  }

  private void read(InputStream raw, int client, Arrivals arrivals) {
    try {
      String status = headLine(raw);
      if (!status.startsWith("HTTP/1.1 200")) {
        failure = "the stream answered " + status;
        return;
      }
      boolean chunked = false;
      for (String header = headLine(raw); !header.isEmpty(); header = headLine(raw)) {
        chunked |= header.toLowerCase(Locale.ROOT).startsWith("transfer-encoding: chunked");
      }
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(chunked ? new Dechunked(raw) : raw, StandardCharsets.UTF_8));
      open.countDown();
      String event = null;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("event:")) {
          event = line.substring(6).trim();
        } else if (line.startsWith("data:") && "update".equals(event)) {
          long arrived = System.nanoTime();
          arrivals.update(client, statusId(line), arrived);
        } else if (line.isEmpty()) {
          event = null;
        }
      }
    } catch (IOException e) {
      if (!socket.isClosed()) {
        failure = e.toString();
      }
    } finally {
      open.countDown();
    }
  }

  /** A line of the response head, without its line end. */
  private static String headLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("the server closed the stream");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  /** The body of a chunked response, without the chunk sizes between the pieces. */
  private static final class Dechunked extends InputStream {
    private final InputStream in;
    private int left;

    Dechunked(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (left == 0) {
        String size = headLine(in);
        if (size.isEmpty()) {
          size = headLine(in);
        }
        int extension = size.indexOf(';');
        left = Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
        if (left == 0) {
          return -1;
        }
      }
      int read = in.read(buffer, offset, Math.min(length, left));
      if (read < 0) {
        return -1;
      }
      left -= read;
      return read;
    }
  }

  /** The {@code "id":"123"} at the start of a status's JSON. */
  private static long statusId(String data) {
    int key = data.indexOf("\"id\":\"");
    int from = key + 6;
    int to = data.indexOf('"', from);
    return Long.parseLong(data.substring(from, to));
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // a closed stream has nothing left to report
    }
    reader.interrupt();
  }
}
