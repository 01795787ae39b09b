package org.atrium.webapp.cli;

import java.nio.file.Path;
import org.atrium.platform.AtriumConfig;
import org.atrium.platform.error.AtriumException;
import org.atrium.platform.error.InvalidInput;
import org.atrium.webapp.Atrium;
import org.atrium.webapp.Services;

/**
 * Runs a command-line action against the database directly, without a server: the services are the
 * same as the server's, so every rule and audit entry applies. Failures the operator can fix are
 * printed plainly and end with exit code 2.
 */
final class Offline {

  static final int INVALID = 2;

  private Offline() {}

  /** An action on the services; returns the exit code. */
  @FunctionalInterface
  interface Action {
    int run(Services services) throws Exception;
  }

  static int run(Path data, Action action) throws Exception {
    Settings.override("atrium.data.dir", data);
    Services services = Atrium.assemble(AtriumConfig.load());
    try {
      return action.run(services);
    } catch (InvalidInput e) {
      e.errors()
          .forEach(
              error ->
                  System.err.println(
                      (error.line() == null ? "" : "line " + error.line() + ", ")
                          + error.field()
                          + ": "
                          + error.message()));
      return INVALID;
    } catch (AtriumException e) {
      System.err.println(e.getMessage());
      return INVALID;
    } finally {
      services.dispatcher().drain();
      services.closeStorage();
    }
  }
}
