package org.atrium.webapp.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.atrium.people.NewPerson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Creates an administrator with a password: how a deployment outside demo mode gets its first
 * person who can sign in.
 */
@Command(name = "add-admin", description = "Create an administrator (asks for the password).")
public final class AddAdminCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "Username, e.g. jane.doe")
  String username;

  @Option(names = "--email", required = true, description = "Email address.")
  String email;

  @Option(names = "--name", required = true, description = "Display name.")
  String name;

  @Option(names = "--data", description = "Data directory (default: ATRIUM_DATA_DIR or ./data).")
  Path data;

  @Override
  public Integer call() throws Exception {
    String password = Operator.readPassword(username);
    return Offline.run(
        data,
        services -> {
          services
              .peopleAdmin()
              .create(
                  Operator.CALLER,
                  new NewPerson(
                      username,
                      email,
                      name,
                      "Administrator",
                      null,
                      null,
                      null,
                      null,
                      "admin",
                      password));
          System.out.println("Created administrator " + username + "; they can sign in now.");
          return 0;
        });
  }
}
