package org.atrium.people;

import java.time.Clock;
import java.util.Optional;
import org.atrium.people.store.PeopleStore;
import org.atrium.people.store.PersonRow;
import org.atrium.platform.audit.AuditLog;
import org.atrium.platform.auth.AuthService;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.PasswordHasher;
import org.atrium.platform.auth.Role;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.error.Validator;
import org.atrium.platform.outbox.Outbox;

/** HR's work on the directory: creating and deactivating people, each step audited. */
public final class PeopleAdminService {

  private static final int PASSWORD_MIN = 12;

  private final Tx tx;
  private final PeopleStore store;
  private final FieldRules rules;
  private final PersonEvents events;
  private final AuditLog audit;
  private final AuthService auth;
  private final PasswordHasher hasher;
  private final Clock clock;

  public PeopleAdminService(
      Tx tx,
      PeopleStore store,
      Outbox outbox,
      AuditLog audit,
      AuthService auth,
      PasswordHasher hasher,
      Clock clock) {
    this.tx = tx;
    this.store = store;
    this.rules = new FieldRules(store);
    this.events = new PersonEvents(outbox);
    this.audit = audit;
    this.auth = auth;
    this.hasher = hasher;
    this.clock = clock;
  }

  public Person create(Caller caller, NewPerson person) {
    Visibility.requireHr(caller);
    Validator v = new Validator();
    FieldRules.username(v, "username", person.username());
    FieldRules.email(v, "email", person.email());
    FieldRules.displayName(v, "display_name", person.displayName());
    v.maxLength("title", person.title(), FieldRules.NAME_MAX)
        .maxLength("department", person.department(), FieldRules.NAME_MAX);
    v.check(
        person.password() == null || person.password().length() >= PASSWORD_MIN,
        "password",
        "must be at least " + PASSWORD_MIN + " characters");
    Role role =
        person.role() == null
            ? Role.EMPLOYEE
            : FieldRules.role(v, "role", person.role()).orElse(Role.EMPLOYEE);
    if (role == Role.ADMIN && !caller.is(Role.ADMIN)) {
      throw new Forbidden("only an admin can create an admin");
    }
    String passwordHash = person.password() == null ? null : hasher.hash(person.password());
    return tx.write(
        () -> {
          if (person.username() != null && store.key(person.username()).isPresent()) {
            v.check(false, "username", "is taken");
          }
          if (person.email() != null && store.personIdByEmail(person.email()).isPresent()) {
            v.check(false, "email", "is taken");
          }
          Long unit =
              optional(person.businessUnit())
                  .flatMap(u -> rules.businessUnit(v, "business_unit", u))
                  .orElse(null);
          Long location =
              optional(person.location())
                  .flatMap(l -> rules.location(v, "location", l))
                  .orElse(null);
          Long manager =
              optional(person.manager())
                  .flatMap(m -> rules.manager(v, "manager", m, null))
                  .orElse(null);
          v.validate();
          PersonRow row =
              new PersonRow(
                  person.username(),
                  person.email().trim(),
                  person.displayName().trim(),
                  FieldRules.cleared(person.title()),
                  unit,
                  FieldRules.cleared(person.department()),
                  location,
                  null,
                  manager,
                  null,
                  null,
                  role);
          long id = store.createPerson(row, clock.instant());
          if (passwordHash != null) {
            store.setPasswordHash(id, passwordHash);
          }
          audit.record(caller, "person.create", person.username(), "role " + role.code());
          events.changed(person.username());
          return store.profile(person.username(), caller.accountId()).orElseThrow();
        });
  }

  /**
   * Deactivates a person: they can no longer sign in (their tokens stop at once) and leave the
   * directory; what they wrote stays.
   */
  public void deactivate(Caller caller, String username) {
    Visibility.requireHr(caller);
    long id =
        tx.write(
            () -> {
              PersonKey person =
                  store.key(username).orElseThrow(() -> Visibility.notFound(username));
              if (person.id() == caller.accountId()) {
                throw new Forbidden("you cannot deactivate yourself");
              }
              if (person.active()) {
                store.setStatus(person.id(), PersonStatus.DEACTIVATED, clock.instant());
                audit.record(caller, "person.deactivate", username, null);
                events.changed(username);
              }
              return person.id();
            });
    auth.revokeAll(id);
  }

  /**
   * Sets a person's password, as HR does for deployments without single sign-on or an operator does
   * for the first admin; every session of theirs ends.
   */
  public void setPassword(Caller caller, String username, String password) {
    Visibility.requireHr(caller);
    new Validator()
        .check(
            password != null && password.length() >= PASSWORD_MIN,
            "password",
            "must be at least " + PASSWORD_MIN + " characters")
        .validate();
    String hash = hasher.hash(password);
    long id =
        tx.write(
            () -> {
              PersonKey person =
                  store.key(username).orElseThrow(() -> Visibility.notFound(username));
              store.setPasswordHash(person.id(), hash);
              audit.record(caller, "person.password", username, null);
              return person.id();
            });
    auth.revokeAll(id);
  }

  private static Optional<String> optional(String value) {
    return Optional.ofNullable(FieldRules.cleared(value));
  }
}
