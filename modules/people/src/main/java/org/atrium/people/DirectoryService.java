package org.atrium.people;

import java.util.List;
import java.util.Optional;
import org.atrium.people.store.PeopleStore;
import org.atrium.people.store.SkillRef;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.db.Tx;

/** Reading the directory: lists, profiles, the org chart, the taxonomy and business units. */
public final class DirectoryService {

  private final Tx tx;
  private final PeopleStore store;
  private final SharedSpaces shared;

  public DirectoryService(Tx tx, PeopleStore store, SharedSpaces shared) {
    this.tx = tx;
    this.store = store;
    this.shared = shared;
  }

  /** Active people matching {@code query}; a skill filter also matches the skill's synonyms. */
  public Page<PersonSummary> list(Caller caller, DirectoryQuery query) {
    Visibility.requireDirectory(caller);
    return tx.read(
        () -> {
          if (query.skill() == null || query.skill().isBlank()) {
            return store.directory(query, null);
          }
          Optional<SkillRef> skill = store.skill(query.skill());
          return skill.isEmpty()
              ? new Page<PersonSummary>(List.of(), null)
              : store.directory(query, skill.get().id());
        });
  }

  public Person profile(Caller caller, String username) {
    return tx.read(
        () -> {
          PersonKey person = visible(caller, username);
          return store.profile(person.username(), caller.accountId()).orElseThrow();
        });
  }

  /** The caller's own profile. */
  public Person me(Caller caller) {
    return tx.read(() -> store.profile(caller.username(), caller.accountId()).orElseThrow());
  }

  public List<PersonSummary> reports(Caller caller, String username) {
    return tx.read(() -> store.reports(visible(caller, username).id()));
  }

  public List<PersonSummary> managerChain(Caller caller, String username) {
    return tx.read(() -> store.managerChain(visible(caller, username).id()));
  }

  public Page<Skill> skills(Caller caller, String text, String cursor, int limit) {
    Visibility.requireDirectory(caller);
    return tx.read(() -> store.skills(text, cursor, limit));
  }

  public List<BusinessUnit> businessUnits(Caller caller) {
    Visibility.requireDirectory(caller);
    return tx.read(store::businessUnits);
  }

  /**
   * The active person named {@code username}, for other modules that refer to people (space
   * memberships, mentions); runs in the caller's transaction when there is one.
   */
  public Optional<PersonKey> activePerson(String username) {
    return tx.read(() -> store.key(username).filter(PersonKey::active));
  }

  /** The active person with id {@code id}; runs in the caller's transaction when there is one. */
  public Optional<PersonKey> activePerson(long id) {
    return tx.read(() -> store.key(id).filter(PersonKey::active));
  }

  private PersonKey visible(Caller caller, String username) {
    PersonKey person = store.key(username).orElseThrow(() -> Visibility.notFound(username));
    Visibility.requireVisible(caller, person, shared);
    return person;
  }
}
