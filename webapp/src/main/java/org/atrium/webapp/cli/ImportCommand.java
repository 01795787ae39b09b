package org.atrium.webapp.cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.atrium.people.ImportReport;
import org.atrium.platform.error.InvalidInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Imports an HR CSV file straight into the database, as the HTTP import does. */
@Command(name = "import", description = "Import people from an HR CSV file (all or nothing).")
public final class ImportCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "The CSV file.")
  Path file;

  @Option(names = "--data", description = "Data directory (default: ATRIUM_DATA_DIR or ./data).")
  Path data;

  @Option(names = "--dry-run", description = "Check the file and report, writing nothing.")
  boolean dryRun;

  @Override
  public Integer call() throws Exception {
    return Offline.run(
        data,
        services -> {
          try (Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ImportReport report = services.peopleImport().importCsv(Operator.CALLER, csv, dryRun);
            System.out.printf(
                "%s: %d created, %d updated, %d unchanged%n",
                dryRun ? "Dry run" : "Imported",
                report.created(),
                report.updated(),
                report.unchanged());
            return 0;
          } catch (InvalidInput e) {
            System.err.println("Nothing was imported. Fix these lines and try again:");
            throw e;
          }
        });
  }
}
