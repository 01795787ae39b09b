package org.atrium.bench.load;

/** What the clients of one measurement do: each gets its own {@link Client}. */
public interface Workload {

  /** The figure's name in the report, e.g. {@code GET /api/v1/people/{username}}. */
  String name();

  /** The client with index {@code index}; clients differ (another person, another query). */
  Client client(int index) throws Exception;

  /** A workload named {@code name} whose clients {@code clients} makes. */
  static Workload of(String name, Clients clients) {
    return new Workload() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Client client(int index) throws Exception {
        return clients.client(index);
      }
    };
  }

  /** Makes the client with a given index. */
  @FunctionalInterface
  interface Clients {
    Client client(int index) throws Exception;
  }
}
