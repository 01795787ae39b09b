package org.atrium.webapp.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Sets a person's password and ends their sessions. */
@Command(name = "set-password", description = "Set a person's password (asks for it).")
public final class SetPasswordCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "Username.")
  String username;

  @Option(names = "--data", description = "Data directory (default: ATRIUM_DATA_DIR or ./data).")
  Path data;

  @Override
  public Integer call() throws Exception {
    String password = Operator.readPassword(username);
    return Offline.run(
        data,
        services -> {
          services.peopleAdmin().setPassword(Operator.CALLER, username, password);
          System.out.println("Password set for " + username + "; their sessions have ended.");
          return 0;
        });
  }
}
