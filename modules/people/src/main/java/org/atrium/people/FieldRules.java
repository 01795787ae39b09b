package org.atrium.people;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;
import org.atrium.people.store.PeopleStore;
import org.atrium.platform.auth.Role;
import org.atrium.platform.error.Validator;

/**
 * The rules for a person's fields, shared by profile edits, HR's create and the CSV import, so a
 * value is valid or not the same way everywhere. Resolvers record a problem in the {@link
 * Validator} and return empty rather than throw, so every problem is reported at once.
 */
final class FieldRules {

  static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{0,63}$");
  static final int NAME_MAX = 200;
  static final int ABOUT_MAX = 4000;
  static final int ASK_ME_ABOUT_MAX = 1000;

  private final PeopleStore store;

  FieldRules(PeopleStore store) {
    this.store = store;
  }

  static void username(Validator v, String field, String username) {
    v.required(field, username)
        .matches(
            field,
            username,
            USERNAME,
            "use 1–64 lower-case letters, digits, dots, dashes or underscores");
  }

  static void email(Validator v, String field, String email) {
    v.required(field, email).maxLength(field, email, 254).email(field, email);
  }

  static void displayName(Validator v, String field, String name) {
    v.required(field, name).maxLength(field, name, NAME_MAX);
  }

  static void timeZone(Validator v, String field, String zone) {
    if (zone == null || zone.isEmpty()) {
      return;
    }
    try {
      ZoneId.of(zone);
    } catch (DateTimeException e) {
      v.check(false, field, "must be a time zone such as Europe/Berlin");
    }
  }

  static Optional<Role> role(Validator v, String field, String code) {
    try {
      return Optional.of(Role.fromCode(code));
    } catch (IllegalArgumentException e) {
      v.check(false, field, "must be one of employee, hr, moderator, admin, guest");
      return Optional.empty();
    }
  }

  /** The unit id for a code or name; empty (and an error) when there is no such unit. */
  Optional<Long> businessUnit(Validator v, String field, String codeOrName) {
    Optional<Long> id = store.businessUnitId(codeOrName);
    v.check(id.isPresent(), field, "no business unit '" + codeOrName + "'");
    return id;
  }

  Optional<Long> location(Validator v, String field, String name) {
    Optional<Long> id = store.locationId(name);
    v.check(id.isPresent(), field, "no location '" + name + "'");
    return id;
  }

  /** The id of an active manager for {@code personId} (null for a new person), if allowed. */
  Optional<Long> manager(Validator v, String field, String username, Long personId) {
    Optional<PersonKey> manager = store.key(username).filter(PersonKey::active);
    if (manager.isEmpty()) {
      v.check(false, field, "no active person '" + username + "'");
      return Optional.empty();
    }
    long managerId = manager.get().id();
    if (personId != null && store.wouldCycle(personId, managerId)) {
      v.check(false, field, "would make a reporting loop");
      return Optional.empty();
    }
    return Optional.of(managerId);
  }

  /** {@code value} trimmed, with an empty string meaning "clear" (null). */
  static String cleared(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
