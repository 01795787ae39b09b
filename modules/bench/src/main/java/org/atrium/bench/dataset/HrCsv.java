package org.atrium.bench.dataset;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.atrium.people.OrgSeed;
import org.atrium.people.OrgSeed.PersonSeed;
import org.atrium.people.OrgSeed.UnitSeed;

/**
 * A tier's people as the HR CSV file that {@code PeopleImportService} imports, and the directory
 * such a file is imported into: the tier's units, offices and skills taxonomy, with nobody in it.
 */
public final class HrCsv {

  private static final List<String> HEADER =
      List.of(
          "username",
          "email",
          "display_name",
          "title",
          "business_unit",
          "department",
          "location",
          "manager",
          "skills");

  private HrCsv() {}

  /** Writes one line per person; managers come before their reports, as in the tier. */
  public static void write(OrgSeed org, Writer out) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      for (PersonSeed p : org.people()) {
        csv.printRecord(
            p.username(),
            p.email(),
            p.displayName(),
            p.title(),
            p.unitCode(),
            p.department(),
            p.location(),
            p.managerUsername(),
            skills(p.skills()));
      }
    }
  }

  /** The organisation without its people: what a directory holds before HR's first import. */
  public static OrgSeed structureOf(OrgSeed org) {
    List<UnitSeed> headless =
        org.units().stream().map(u -> new UnitSeed(u.code(), u.name(), null)).toList();
    return new OrgSeed(org.locations(), headless, org.skills(), List.of(), List.of());
  }

  private static String skills(Map<String, Integer> skills) {
    return skills.entrySet().stream()
        .map(e -> e.getKey() + ":" + e.getValue())
        .collect(Collectors.joining(";"));
  }
}
