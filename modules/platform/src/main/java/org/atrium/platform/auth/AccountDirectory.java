package org.atrium.platform.auth;

import java.util.Optional;

/** Where accounts live; the people module provides it. */
public interface AccountDirectory {

  /** The account whose username or email is {@code login}, ignoring case. */
  Optional<Account> findByLogin(String login);

  Optional<Account> findById(long id);
}
