package org.atrium.bench.baseline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP ceiling: Jetty configured as Atrium's server is (same thread pool, virtual threads, one
 * connector) with a single handler that answers every request with a fixed JSON body. Nothing an
 * Atrium endpoint does on top of HTTP happens here. Runs in a JVM of its own, started like Atrium.
 */
public final class BareJetty {

  /** About the size of a profile, so the bytes on the wire are comparable. */
  static final byte[] BODY =
      ("{\"username\":\"ada.lovelace\",\"display_name\":\"Ada Lovelace\","
              + "\"email\":\"ada.lovelace@atrium.example\",\"title\":\"Senior Software Engineer\","
              + "\"business_unit\":\"Engineering\",\"department\":\"Platform\","
              + "\"location\":\"London\",\"time_zone\":\"Europe/London\","
              + "\"manager\":{\"username\":\"charles.babbage\",\"display_name\":\"Charles Babbage\","
              + "\"title\":\"Engineering Manager\"},\"about\":\"Senior Software Engineer in the"
              + " Platform team, based in London since 2019.\",\"ask_me_about\":\"Java, Kotlin\","
              + "\"role\":\"employee\",\"status\":\"active\",\"skills\":["
              + "{\"name\":\"Java\",\"level\":5,\"endorsement_count\":3,\"endorsed_by_me\":false},"
              + "{\"name\":\"Kotlin\",\"level\":4,\"endorsement_count\":1,\"endorsed_by_me\":false},"
              + "{\"name\":\"PostgreSQL\",\"level\":4,\"endorsement_count\":0,\"endorsed_by_me\":false},"
              + "{\"name\":\"English\",\"level\":5,\"endorsement_count\":0,\"endorsed_by_me\":false}"
              + "]}")
          .getBytes(StandardCharsets.UTF_8);

  private BareJetty() {}

  /** {@code BareJetty PORT}: serves until the process is stopped. */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("Usage: BareJetty PORT");
      System.exit(2);
    }
    start(Integer.parseInt(args[0])).join();
  }

  static Server start(int port) throws Exception {
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("http");
    threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
    Server jetty = new Server(threads);
    ServerConnector connector = new ServerConnector(jetty);
    connector.setPort(port);
    jetty.addConnector(connector);
    jetty.setHandler(new FixedJson());
    jetty.start();
    return jetty;
  }

  /**
   * A blocking handler, so that Jetty dispatches it to a (virtual) thread as it does Atrium's
   * servlet, rather than running it on the selector.
   */
  private static final class FixedJson extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      response.setStatus(200);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, BODY.length);
      response.write(true, ByteBuffer.wrap(BODY), callback);
      return true;
    }
  }
}
