package org.atrium.people;

import java.time.Clock;
import org.atrium.people.store.PeopleStore;
import org.atrium.people.store.PersonRow;
import org.atrium.people.store.SkillRef;
import org.atrium.platform.audit.AuditLog;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Role;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.error.NotFound;
import org.atrium.platform.error.Validator;
import org.atrium.platform.outbox.Outbox;

/** Changing profiles: a person's own fields, HR's job fields, skills and endorsements. */
public final class ProfileService {

  private static final int SKILL_NAME_MAX = 100;

  private final Tx tx;
  private final PeopleStore store;
  private final FieldRules rules;
  private final PersonEvents events;
  private final AuditLog audit;
  private final Clock clock;
  private final SharedSpaces shared;

  public ProfileService(
      Tx tx, PeopleStore store, Outbox outbox, AuditLog audit, Clock clock, SharedSpaces shared) {
    this.tx = tx;
    this.shared = shared;
    this.store = store;
    this.rules = new FieldRules(store);
    this.events = new PersonEvents(outbox);
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Applies {@code changes} to {@code username}'s profile. People edit their own personal fields;
   * job fields need HR; the role needs an admin.
   */
  public Person update(Caller caller, String username, ProfileChanges changes) {
    return tx.write(
        () -> {
          PersonKey person = store.key(username).orElseThrow(() -> Visibility.notFound(username));
          Visibility.requireVisible(caller, person, shared);
          boolean self = caller.accountId() == person.id();
          boolean hr = caller.is(Role.HR) || caller.is(Role.ADMIN);
          if (!self && !hr) {
            throw new Forbidden("you can only edit your own profile");
          }
          if (changes.touchesJobFields() && !hr) {
            throw new Forbidden("only HR can change job fields (title, unit, manager, …)");
          }
          if (changes.role() != null && !caller.is(Role.ADMIN)) {
            throw new Forbidden("only an admin can change a role");
          }
          PersonRow before = store.row(person.id());
          PersonRow after = apply(before, changes, person.id());
          if (store.updatePerson(person.id(), after, clock.instant())) {
            events.changed(username);
            if (!self) {
              audit.record(caller, "person.update", username, changedFields(changes));
            }
          }
          return store.profile(username, caller.accountId()).orElseThrow();
        });
  }

  /** Sets the caller's level in a skill, adding the skill to the taxonomy if it is new. */
  public SkillChange setSkill(Caller caller, String username, String skillName, int level) {
    Validator v = new Validator();
    v.required("skill", skillName).maxLength("skill", skillName, SKILL_NAME_MAX);
    v.check(level >= 1 && level <= 5, "level", "must be from 1 to 5");
    v.validate();
    return tx.write(
        () -> {
          PersonKey person = ownProfile(caller, username, "your own skills");
          SkillRef skill = store.skill(skillName).orElseGet(() -> store.addSkill(skillName));
          boolean added = store.skillLevel(person.id(), skill.id()).isEmpty();
          store.setSkillLevel(person.id(), skill.id(), level);
          events.changed(username);
          return new SkillChange(
              store.personSkill(person.id(), skill.id(), caller.accountId()), added);
        });
  }

  public void removeSkill(Caller caller, String username, String skillName) {
    tx.write(
        () -> {
          PersonKey person = ownProfile(caller, username, "your own skills");
          SkillRef skill = heldSkill(person, skillName);
          store.removeSkill(person.id(), skill.id());
          events.changed(username);
        });
  }

  /** The caller vouches for {@code username}'s skill; endorsing twice changes nothing. */
  public PersonSkill endorse(Caller caller, String username, String skillName) {
    return tx.write(
        () -> {
          PersonKey person = endorsable(caller, username);
          SkillRef skill = heldSkill(person, skillName);
          if (store.endorse(person.id(), skill.id(), caller.accountId(), clock.instant())) {
            events.changed(username);
          }
          return store.personSkill(person.id(), skill.id(), caller.accountId());
        });
  }

  public PersonSkill withdrawEndorsement(Caller caller, String username, String skillName) {
    return tx.write(
        () -> {
          PersonKey person = endorsable(caller, username);
          SkillRef skill = heldSkill(person, skillName);
          if (store.withdrawEndorsement(person.id(), skill.id(), caller.accountId())) {
            events.changed(username);
          }
          return store.personSkill(person.id(), skill.id(), caller.accountId());
        });
  }

  /** A skill after it was set, and whether the person did not hold it before. */
  public record SkillChange(PersonSkill skill, boolean added) {}

  private PersonKey ownProfile(Caller caller, String username, String what) {
    PersonKey person = store.key(username).orElseThrow(() -> Visibility.notFound(username));
    Visibility.requireVisible(caller, person, shared);
    if (person.id() != caller.accountId()) {
      throw new Forbidden("you can only change " + what);
    }
    return person;
  }

  private PersonKey endorsable(Caller caller, String username) {
    PersonKey person = store.key(username).orElseThrow(() -> Visibility.notFound(username));
    Visibility.requireVisible(caller, person, shared);
    if (person.id() == caller.accountId()) {
      throw new Forbidden("you cannot endorse your own skills");
    }
    if (caller.isGuest()) {
      throw new Forbidden("guests cannot endorse skills");
    }
    return person;
  }

  private SkillRef heldSkill(PersonKey person, String skillName) {
    return store
        .skill(skillName)
        .filter(s -> store.skillLevel(person.id(), s.id()).isPresent())
        .orElseThrow(
            () ->
                new NotFound(
                    person.username() + " has no skill '" + skillName + "' on their profile"));
  }

  private PersonRow apply(PersonRow row, ProfileChanges c, long personId) {
    Validator v = new Validator();
    if (c.displayName() != null) {
      FieldRules.displayName(v, "display_name", c.displayName());
    }
    if (c.email() != null) {
      FieldRules.email(v, "email", c.email());
      store
          .personIdByEmail(c.email())
          .filter(id -> id != personId)
          .ifPresent(id -> v.check(false, "email", "is taken by someone else"));
    }
    v.maxLength("about", c.about(), FieldRules.ABOUT_MAX)
        .maxLength("ask_me_about", c.askMeAbout(), FieldRules.ASK_ME_ABOUT_MAX)
        .maxLength("title", c.title(), FieldRules.NAME_MAX)
        .maxLength("department", c.department(), FieldRules.NAME_MAX);
    FieldRules.timeZone(v, "time_zone", c.timeZone());
    Long unit = row.businessUnitId();
    if (c.businessUnit() != null) {
      unit =
          c.businessUnit().isBlank()
              ? null
              : rules.businessUnit(v, "business_unit", c.businessUnit()).orElse(null);
    }
    Long location = row.locationId();
    if (c.location() != null) {
      location =
          c.location().isBlank() ? null : rules.location(v, "location", c.location()).orElse(null);
    }
    Long manager = row.managerId();
    if (c.manager() != null) {
      manager =
          c.manager().isBlank()
              ? null
              : rules.manager(v, "manager", c.manager(), personId).orElse(null);
    }
    Role role = c.role() == null ? row.role() : FieldRules.role(v, "role", c.role()).orElse(null);
    v.validate();
    return new PersonRow(
        row.username(),
        c.email() == null ? row.email() : c.email().trim(),
        c.displayName() == null ? row.displayName() : c.displayName().trim(),
        c.title() == null ? row.title() : FieldRules.cleared(c.title()),
        unit,
        c.department() == null ? row.department() : FieldRules.cleared(c.department()),
        location,
        c.timeZone() == null ? row.timeZone() : FieldRules.cleared(c.timeZone()),
        manager,
        c.about() == null ? row.about() : FieldRules.cleared(c.about()),
        c.askMeAbout() == null ? row.askMeAbout() : FieldRules.cleared(c.askMeAbout()),
        role);
  }

  private static String changedFields(ProfileChanges c) {
    StringBuilder fields = new StringBuilder("changed:");
    append(fields, "display_name", c.displayName());
    append(fields, "email", c.email());
    append(fields, "title", c.title());
    append(fields, "business_unit", c.businessUnit());
    append(fields, "department", c.department());
    append(fields, "location", c.location());
    append(fields, "manager", c.manager());
    append(fields, "role", c.role());
    append(fields, "about", c.about());
    append(fields, "ask_me_about", c.askMeAbout());
    append(fields, "time_zone", c.timeZone());
    return fields.toString();
  }

  private static void append(StringBuilder fields, String name, String value) {
    if (value != null) {
      fields.append(' ').append(name);
    }
  }
}
