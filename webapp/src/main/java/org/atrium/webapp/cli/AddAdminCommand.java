package org.atrium.webapp.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.atrium.people.NewPerson;
import org.atrium.platform.AtriumConfig;
import org.atrium.platform.error.AtriumException;
import org.atrium.platform.error.InvalidInput;
import org.atrium.webapp.Atrium;
import org.atrium.webapp.Services;
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
    Settings.override("atrium.data.dir", data);
    String password = Operator.readPassword(username);
    Services services = Atrium.assemble(AtriumConfig.load());
    try {
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
    } catch (InvalidInput e) {
      e.errors().forEach(error -> System.err.println(error.field() + ": " + error.message()));
      return 2;
    } catch (AtriumException e) {
      System.err.println(e.getMessage());
      return 2;
    } finally {
      services.database().close();
    }
  }
}
