package org.atrium.platform.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id with the OWASP minimum parameters (19 MiB, 2 passes). Hashing costs tens of milliseconds
 * by design: it only runs on sign-in and password changes, which are rate-limited.
 */
public final class PasswordHasher {

  private static final Argon2Function ARGON2ID =
      Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

  /** Checked against when the login is unknown, so both failures cost the same time. */
  private final String decoy = hash("a password no account has");

  public String hash(String password) {
    return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
  }

  public boolean matches(String password, String hash) {
    if (hash == null) {
      Password.check(password, decoy).with(ARGON2ID);
      return false;
    }
    return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
  }
}
