package org.atrium.people;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.atrium.people.store.PeopleStore;
import org.atrium.people.store.PersonRow;
import org.atrium.people.store.SkillRef;
import org.atrium.platform.audit.AuditLog;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Role;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.FieldError;
import org.atrium.platform.error.InvalidInput;
import org.atrium.platform.error.Validator;
import org.atrium.platform.outbox.Outbox;

/**
 * HR's CSV import: upserts people by username, all or nothing. Every problem in the file is
 * reported with its line and field, and then nothing is written. Managers may be people further
 * down the same file. Skills the taxonomy lacks are added to it, uncategorised. A dry run does all
 * the work in a transaction that is rolled back, so its counts are exactly what a real run would
 * report.
 */
public final class PeopleImportService {

  static final List<String> COLUMNS =
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

  private final Tx tx;
  private final PeopleStore store;
  private final FieldRules rules;
  private final PersonEvents events;
  private final AuditLog audit;
  private final Clock clock;

  public PeopleImportService(Tx tx, PeopleStore store, Outbox outbox, AuditLog audit, Clock clock) {
    this.tx = tx;
    this.store = store;
    this.rules = new FieldRules(store);
    this.events = new PersonEvents(outbox);
    this.audit = audit;
    this.clock = clock;
  }

  /** Imports the CSV in {@code csv}; throws {@link InvalidInput} listing every problem found. */
  public ImportReport importCsv(Caller caller, Reader csv, boolean dryRun) {
    Visibility.requireHr(caller);
    List<Row> rows = parse(csv);
    try {
      return tx.write(
          () -> {
            store.flushOnlyAtCommit();
            ImportReport report = new Run(rows, dryRun).apply();
            if (dryRun) {
              throw new DryRunFinished(report);
            }
            audit.record(
                caller,
                "people.import",
                null,
                "created " + report.created() + ", updated " + report.updated());
            return report;
          });
    } catch (DryRunFinished finished) {
      return finished.report;
    }
  }

  private static List<Row> parse(Reader csv) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (CSVParser parser = CSVParser.parse(csv, format)) {
      List<String> missing =
          COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw new InvalidInput(
            List.of(new FieldError(1, "header", "missing columns: " + String.join(", ", missing))));
      }
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(Row.of(record));
      }
      if (rows.isEmpty()) {
        throw new InvalidInput(List.of(new FieldError(2, "username", "the file has no people")));
      }
      return rows;
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      if (e instanceof InvalidInput invalid) {
        throw invalid;
      }
      throw new InvalidInput(
          List.of(new FieldError(null, "file", "is not valid CSV: " + e.getMessage())));
    }
  }

  /** One line of the file, as read. */
  private record Row(int line, Map<String, String> values) {
    static Row of(CSVRecord record) {
      Map<String, String> values = new HashMap<>();
      for (String column : COLUMNS) {
        values.put(column, record.isSet(column) ? record.get(column) : "");
      }
      return new Row((int) record.getRecordNumber() + 1, values);
    }

    String get(String column) {
      String value = values.get(column);
      return value == null || value.isBlank() ? null : value.trim();
    }
  }

  /** One import inside its transaction. */
  private final class Run {
    private final List<Row> rows;
    private final boolean dryRun;
    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, Row> byUsername = new LinkedHashMap<>();
    private final Map<Row, Map<String, Integer>> skills = new HashMap<>();

    /**
     * Skills, units and offices by the name the file uses: a file names the same few hundred of
     * them thousands of times.
     */
    private final Map<String, SkillRef> skillRefs = new HashMap<>();

    private final Map<String, Long> unitIds = new HashMap<>();
    private final Map<String, Long> locationIds = new HashMap<>();
    private final Instant now = clock.instant();

    Run(List<Row> rows, boolean dryRun) {
      this.rows = rows;
      this.dryRun = dryRun;
    }

    ImportReport apply() {
      Map<Row, Resolved> resolved = new LinkedHashMap<>();
      Set<String> emails = new HashSet<>();
      for (Row row : rows) {
        resolve(row, emails).ifPresent(r -> resolved.put(row, r));
      }
      checkManagers();
      if (!errors.isEmpty()) {
        throw new InvalidInput(errors);
      }
      return write(resolved);
    }

    private Optional<Resolved> resolve(Row row, Set<String> emails) {
      LineValidator v = new LineValidator(row.line());
      String username = row.get("username");
      FieldRules.username(v.validator, "username", username);
      FieldRules.email(v.validator, "email", row.get("email"));
      FieldRules.displayName(v.validator, "display_name", row.get("display_name"));
      v.validator
          .maxLength("title", row.get("title"), FieldRules.NAME_MAX)
          .maxLength("department", row.get("department"), FieldRules.NAME_MAX);
      if (username != null && byUsername.putIfAbsent(username, row) != null) {
        v.validator.check(false, "username", "appears on an earlier line too");
      }
      String email = row.get("email");
      if (email != null && !emails.add(email.toLowerCase(Locale.ROOT))) {
        v.validator.check(false, "email", "appears on an earlier line too");
      }
      Optional<PersonKey> existing = username == null ? Optional.empty() : store.key(username);
      if (email != null) {
        store
            .personIdByEmail(email)
            .filter(id -> existing.map(e -> e.id() != id).orElse(true))
            .ifPresent(id -> v.validator.check(false, "email", "belongs to someone else"));
      }
      Long unit =
          present(row, "business_unit")
              ? known(
                  unitIds,
                  row.get("business_unit"),
                  name -> rules.businessUnit(v.validator, "business_unit", name))
              : null;
      Long location =
          present(row, "location")
              ? known(
                  locationIds,
                  row.get("location"),
                  name -> rules.location(v.validator, "location", name))
              : null;
      skills.put(row, parseSkills(v.validator, row.get("skills")));
      v.flushInto(errors);
      return v.failed() ? Optional.empty() : Optional.of(new Resolved(existing, unit, location));
    }

    /** Every manager exists (in the file or the directory) and no reporting loop forms. */
    private void checkManagers() {
      for (Row row : byUsername.values()) {
        String manager = row.get("manager");
        if (manager == null) {
          continue;
        }
        if (!byUsername.containsKey(manager)
            && store.key(manager).filter(PersonKey::active).isEmpty()) {
          errors.add(
              new FieldError(
                  row.line(),
                  "manager",
                  "no active person '" + manager + "' in the file or the directory"));
        } else if (formsLoop(row.get("username"))) {
          errors.add(new FieldError(row.line(), "manager", "would make a reporting loop"));
        }
      }
    }

    private boolean formsLoop(String start) {
      Set<String> seen = new HashSet<>();
      String current = start;
      while (current != null) {
        if (!seen.add(current)) {
          return current.equals(start);
        }
        current = managerOf(current);
      }
      return false;
    }

    private String managerOf(String username) {
      Row row = byUsername.get(username);
      if (row != null) {
        return row.get("manager");
      }
      return store
          .key(username)
          .map(k -> store.row(k.id()).managerId())
          .flatMap(this::usernameOf)
          .orElse(null);
    }

    private Optional<String> usernameOf(Long id) {
      return id == null ? Optional.empty() : Optional.of(store.row(id).username());
    }

    private ImportReport write(Map<Row, Resolved> resolved) {
      int created = 0;
      int updated = 0;
      Map<String, Long> ids = new HashMap<>();
      List<Row> changedRows = new ArrayList<>();
      for (Map.Entry<Row, Resolved> entry : resolved.entrySet()) {
        Row row = entry.getKey();
        Resolved r = entry.getValue();
        PersonRow base = r.existing().map(k -> store.row(k.id())).orElse(null);
        PersonRow target = target(row, r, base, existingManagerId(row, ids));
        boolean changed;
        if (base == null) {
          long id = store.createPerson(target, now);
          ids.put(target.username(), id);
          // Someone new holds no skills yet: nothing to compare, so they are added in one batch.
          store.addSkillLevels(id, skillIds(skills.get(row)));
          created++;
          changed = true;
        } else {
          ids.put(target.username(), r.existing().get().id());
          changed = store.updatePerson(r.existing().get().id(), target, now);
          changed |= setSkills(r.existing().get().id(), skills.get(row));
        }
        if (changed) {
          changedRows.add(row);
          if (base != null) {
            updated++;
          }
        }
      }
      linkManagersInFile(ids);
      if (!dryRun) {
        changedRows.forEach(row -> events.changed(row.get("username")));
      }
      return new ImportReport(created, updated, rows.size() - created - updated, dryRun);
    }

    /**
     * The manager's id when they already exist, in the directory or earlier in this file ({@code
     * ids}); managers further down the file are linked after.
     */
    private Long existingManagerId(Row row, Map<String, Long> ids) {
      String manager = row.get("manager");
      if (manager == null) {
        return null;
      }
      Long created = ids.get(manager);
      return created != null ? created : store.key(manager).map(PersonKey::id).orElse(null);
    }

    private void linkManagersInFile(Map<String, Long> ids) {
      for (Row row : byUsername.values()) {
        String manager = row.get("manager");
        Long personId = ids.get(row.get("username"));
        if (manager == null || personId == null) {
          continue;
        }
        PersonRow current = store.row(personId);
        Long managerId = ids.getOrDefault(manager, current.managerId());
        if (!java.util.Objects.equals(managerId, current.managerId())) {
          store.updatePerson(personId, withManager(current, managerId), now);
        }
      }
    }

    private boolean setSkills(long personId, Map<String, Integer> wanted) {
      boolean changed = false;
      Map<Long, Integer> held = store.skillLevels(personId);
      for (Map.Entry<Long, Integer> skill : skillIds(wanted).entrySet()) {
        if (!skill.getValue().equals(held.get(skill.getKey()))) {
          store.setSkillLevel(personId, skill.getKey(), skill.getValue());
          changed = true;
        }
      }
      return changed;
    }

    /** Skill names mapped to levels, as skill ids mapped to levels; unknown skills are added. */
    private Map<Long, Integer> skillIds(Map<String, Integer> byName) {
      Map<Long, Integer> byId = new LinkedHashMap<>();
      byName.forEach(
          (name, level) ->
              byId.put(
                  skillRefs
                      .computeIfAbsent(name, n -> store.skill(n).orElseGet(() -> store.addSkill(n)))
                      .id(),
                  level));
      return byId;
    }
  }

  private static PersonRow target(Row row, Resolved r, PersonRow base, Long managerId) {
    return new PersonRow(
        row.get("username"),
        row.get("email"),
        row.get("display_name"),
        row.get("title"),
        r.unit(),
        row.get("department"),
        r.location(),
        base == null ? null : base.timeZone(),
        managerId,
        base == null ? null : base.about(),
        base == null ? null : base.askMeAbout(),
        base == null ? Role.EMPLOYEE : base.role());
  }

  private static PersonRow withManager(PersonRow row, Long managerId) {
    return new PersonRow(
        row.username(),
        row.email(),
        row.displayName(),
        row.title(),
        row.businessUnitId(),
        row.department(),
        row.locationId(),
        row.timeZone(),
        managerId,
        row.about(),
        row.askMeAbout(),
        row.role());
  }

  /** Parses {@code name:level;name:level}; records a problem for each bad entry. */
  static Map<String, Integer> parseSkills(Validator v, String cell) {
    Map<String, Integer> skills = new LinkedHashMap<>();
    if (cell == null) {
      return skills;
    }
    for (String entry : cell.split(";")) {
      if (entry.isBlank()) {
        continue;
      }
      int colon = entry.lastIndexOf(':');
      String name = colon < 0 ? entry.trim() : entry.substring(0, colon).trim();
      String level = colon < 0 ? "" : entry.substring(colon + 1).trim();
      if (name.isEmpty() || name.length() > 100 || !level.matches("[1-5]")) {
        v.check(
            false, "skills", "'" + entry.trim() + "' must be name:level with a level from 1 to 5");
      } else {
        skills.put(name, Integer.parseInt(level));
      }
    }
    return skills;
  }

  /** The id {@code known} holds for {@code name}, else the one {@code lookup} finds (and keeps). */
  private static Long known(
      Map<String, Long> known, String name, Function<String, Optional<Long>> lookup) {
    Long id = known.get(name);
    if (id == null) {
      id = lookup.apply(name).orElse(null);
      if (id != null) {
        known.put(name, id);
      }
    }
    return id;
  }

  private static boolean present(Row row, String column) {
    return row.get(column) != null;
  }

  private record Resolved(Optional<PersonKey> existing, Long unit, Long location) {}

  /** Collects one line's problems, stamping each with the line number. */
  private static final class LineValidator {
    final Validator validator = new Validator();
    private final int line;

    LineValidator(int line) {
      this.line = line;
    }

    boolean failed() {
      return validator.hasErrors();
    }

    void flushInto(List<FieldError> errors) {
      validator.errors().forEach(e -> errors.add(new FieldError(line, e.field(), e.message())));
    }
  }

  /** Carries a dry run's report out of the transaction it rolls back. */
  private static final class DryRunFinished extends RuntimeException {
    private final transient ImportReport report;

    DryRunFinished(ImportReport report) {
      super(null, null, false, false);
      this.report = report;
    }
  }
}
