package org.atrium.webapp.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.atrium.platform.AtriumConfig;
import org.atrium.platform.error.AtriumException;
import org.atrium.webapp.Atrium;
import org.atrium.webapp.Services;
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
    Settings.override("atrium.data.dir", data);
    String password = Operator.readPassword(username);
    Services services = Atrium.assemble(AtriumConfig.load());
    try {
      services.peopleAdmin().setPassword(Operator.CALLER, username, password);
      System.out.println("Password set for " + username + "; their sessions have ended.");
      return 0;
    } catch (AtriumException e) {
      System.err.println(e.getMessage());
      return 2;
    } finally {
      services.database().close();
    }
  }
}
