package org.atrium.webapp.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Role;

/** The person at the terminal: an administrator by virtue of access to the server's files. */
final class Operator {

  /** Audit entries of command-line actions name this actor. */
  static final Caller CALLER = new Caller(0, "cli", Role.ADMIN, "cli");

  private Operator() {}

  /** Reads a new password twice from the terminal, or once from standard input when piped. */
  static String readPassword(String username) throws IOException {
    Console console = System.console();
    if (console == null) {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = in.readLine();
      return line == null ? "" : line;
    }
    char[] first = console.readPassword("New password for %s: ", username);
    char[] second = console.readPassword("Repeat it: ");
    if (first == null || second == null || !new String(first).equals(new String(second))) {
      throw new IllegalArgumentException("the two passwords differ");
    }
    return new String(first);
  }
}
