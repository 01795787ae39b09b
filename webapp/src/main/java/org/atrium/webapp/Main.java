package org.atrium.webapp;

import org.atrium.webapp.cli.AddAdminCommand;
import org.atrium.webapp.cli.ImportCommand;
import org.atrium.webapp.cli.ReindexCommand;
import org.atrium.webapp.cli.ServeCommand;
import org.atrium.webapp.cli.SetPasswordCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code atrium} command line: run the server, or administer the directory offline. */
@Command(
    name = "atrium",
    mixinStandardHelpOptions = true,
    version = "Atrium 0.1",
    description = "An internal social network for organisations.",
    subcommands = {
      ServeCommand.class,
      ImportCommand.class,
      AddAdminCommand.class,
      SetPasswordCommand.class,
      ReindexCommand.class
    })
public final class Main {

  public static void main(String[] args) {
    int exit =
        new CommandLine(new Main()).execute(args.length == 0 ? new String[] {"serve"} : args);
    if (exit != 0) {
      System.exit(exit);
    }
  }
}
