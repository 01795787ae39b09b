package org.atrium.bench.server;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.atrium.people.ImportReport;
import org.atrium.platform.AtriumConfig;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Role;
import org.atrium.webapp.Atrium;
import org.atrium.webapp.Services;

/**
 * Imports an HR CSV file through {@code PeopleImportService} in a JVM of its own, as {@code
 * ./atrium import} does, and prints how long the import call took, without the JVM's and the
 * database's start-up: {@code TimedImport DATA_DIR CSV}.
 */
public final class TimedImport {

  /** What the harness reads back from the output. */
  static final String RESULT = "imported %d people in %.3f s%n";

  /** Offline imports name this actor in the audit log, as {@code atrium import} does. */
  private static final Caller HR = new Caller(0, "bench", Role.HR, "bench");

  private TimedImport() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("Usage: TimedImport DATA_DIR CSV");
      System.exit(2);
    }
    Services services = Atrium.assemble(AtriumConfig.from(Map.of("atrium.data.dir", args[0])));
    try (Reader csv = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
      long started = System.nanoTime();
      ImportReport report = services.peopleImport().importCsv(HR, csv, false);
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(Locale.ROOT, RESULT, report.created(), seconds);
    } finally {
      services.database().close();
    }
  }
}
