package org.atrium.bench.suite;

import java.io.IOException;
import java.util.List;
import org.atrium.bench.load.Client;
import org.atrium.bench.load.HttpConnection;
import org.atrium.bench.load.Workload;

/**
 * Clients that each keep one connection open and GET {@code paths} in turn, each starting at a
 * different place in the list and sending its own bearer token. Anything but a 200 is an error.
 */
record HttpGets(String name, int port, List<String> tokens, List<String> paths)
    implements Workload {

  /** The same requests under another name in the report. */
  HttpGets named(String other) {
    return new HttpGets(other, port, tokens, paths);
  }

  @Override
  public Client client(int index) {
    HttpConnection connection = new HttpConnection("127.0.0.1", port);
    String token = tokens.get(index % tokens.size());
    return new Client() {
      private int next = Inputs.startOf(index);

      @Override
      public void call() throws IOException {
        String path = paths.get(Math.floorMod(next++, paths.size()));
        HttpConnection.Response response = connection.get(path, token);
        if (response.status() != 200) {
          throw new IOException(
              "GET " + path + " answered " + response.status() + ": " + response.text());
        }
      }

      @Override
      public void close() {
        connection.close();
      }
    };
  }
}
