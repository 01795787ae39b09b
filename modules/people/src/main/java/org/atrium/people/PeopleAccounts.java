package org.atrium.people;

import java.util.Optional;
import org.atrium.people.store.PeopleStore;
import org.atrium.platform.auth.Account;
import org.atrium.platform.auth.AccountDirectory;

/** The directory as the place sign-in finds accounts; runs in the caller's transaction. */
public final class PeopleAccounts implements AccountDirectory {

  private final PeopleStore store;

  public PeopleAccounts(PeopleStore store) {
    this.store = store;
  }

  @Override
  public Optional<Account> findByLogin(String login) {
    return store.accountByLogin(login);
  }

  @Override
  public Optional<Account> findById(long id) {
    return store.accountById(id);
  }
}
