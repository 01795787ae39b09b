package org.atrium.bench.suite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.atrium.bench.load.Client;
import org.atrium.bench.load.Workload;

/**
 * Clients that each run a query on a pooled connection per call, as Atrium runs each request in a
 * transaction of its own on the same pool, walking {@code inputs} from a place of their own.
 */
record JdbcCalls(String name, DataSource pool, List<String> inputs, Query query)
    implements Workload {

  /** One call's work on a connection: {@code input} is a username, a skill… */
  @FunctionalInterface
  interface Query {
    void run(Connection connection, String input, int client) throws SQLException;
  }

  @Override
  public Client client(int index) {
    return new Client() {
      private int next = Inputs.startOf(index);

      @Override
      public void call() throws SQLException {
        String input = inputs.get(Math.floorMod(next++, inputs.size()));
        try (Connection connection = pool.getConnection()) {
          query.run(connection, input, index);
          connection.commit();
        }
      }
    };
  }
}
