package org.atrium.platform.auth.store;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.atrium.platform.auth.RefreshTokenState;
import org.atrium.platform.auth.SessionState;
import org.atrium.platform.auth.SigningKey;
import org.atrium.platform.db.Tx;

/** Signing keys, sessions and refresh tokens; runs in the caller's transaction. */
public final class AuthStore {

  /** The entities this store maps, for the session factory. */
  public static final List<Class<?>> ENTITIES =
      List.of(SigningKeyEntity.class, AuthSessionEntity.class, RefreshTokenEntity.class);

  private final Tx tx;

  public AuthStore(Tx tx) {
    this.tx = tx;
  }

  public List<SigningKey> signingKeys() {
    return tx
        .session()
        .createSelectionQuery(
            "from SigningKeyEntity order by createdAt desc", SigningKeyEntity.class)
        .getResultList()
        .stream()
        .map(AuthStore::key)
        .toList();
  }

  public void addSigningKey(SigningKey key, Instant at) {
    SigningKeyEntity entity = new SigningKeyEntity();
    entity.kid = key.kid();
    entity.secret = Base64.getEncoder().encodeToString(key.secret());
    entity.createdAt = at;
    tx.session().persist(entity);
  }

  public void addSession(
      String id, long accountId, String kind, String cookieHash, String csrf, Instant at) {
    AuthSessionEntity entity = new AuthSessionEntity();
    entity.id = id;
    entity.accountId = accountId;
    entity.kind = kind;
    entity.cookieHash = cookieHash;
    entity.csrfToken = csrf;
    entity.createdAt = at;
    tx.session().persist(entity);
  }

  public Optional<SessionState> session(String id) {
    return Optional.ofNullable(tx.session().find(AuthSessionEntity.class, id))
        .map(AuthStore::state);
  }

  public Optional<SessionState> sessionByCookie(String cookieHash) {
    return tx.session()
        .createSelectionQuery(
            "from AuthSessionEntity where cookieHash = :hash", AuthSessionEntity.class)
        .setParameter("hash", cookieHash)
        .uniqueResultOptional()
        .map(AuthStore::state);
  }

  public void revokeSession(String id, Instant at) {
    tx.session()
        .createMutationQuery(
            "update AuthSessionEntity set revokedAt = :at where id = :id and revokedAt is null")
        .setParameter("at", at)
        .setParameter("id", id)
        .executeUpdate();
  }

  /** Revokes every session of the account; returns their ids. */
  public List<String> revokeSessionsOf(long accountId, Instant at) {
    List<String> ids =
        tx.session()
            .createSelectionQuery(
                "select id from AuthSessionEntity where accountId = :account and revokedAt is null",
                String.class)
            .setParameter("account", accountId)
            .getResultList();
    tx.session()
        .createMutationQuery(
            "update AuthSessionEntity set revokedAt = :at"
                + " where accountId = :account and revokedAt is null")
        .setParameter("at", at)
        .setParameter("account", accountId)
        .executeUpdate();
    return ids;
  }

  public void addRefreshToken(String tokenHash, String sessionId, Instant at) {
    RefreshTokenEntity entity = new RefreshTokenEntity();
    entity.tokenHash = tokenHash;
    entity.sessionId = sessionId;
    entity.createdAt = at;
    tx.session().persist(entity);
  }

  public Optional<RefreshTokenState> refreshToken(String tokenHash) {
    return Optional.ofNullable(tx.session().find(RefreshTokenEntity.class, tokenHash))
        .map(e -> new RefreshTokenState(e.sessionId, e.createdAt, e.spentAt != null));
  }

  /**
   * Marks the token spent if it was not; false when another request spent it first, which counts as
   * reuse.
   */
  public boolean spendRefreshToken(String tokenHash, Instant at) {
    return tx.session()
            .createMutationQuery(
                "update RefreshTokenEntity set spentAt = :at"
                    + " where tokenHash = :hash and spentAt is null")
            .setParameter("at", at)
            .setParameter("hash", tokenHash)
            .executeUpdate()
        == 1;
  }

  private static SigningKey key(SigningKeyEntity e) {
    return new SigningKey(e.kid, Base64.getDecoder().decode(e.secret));
  }

  private static SessionState state(AuthSessionEntity e) {
    return new SessionState(e.id, e.accountId, e.csrfToken, e.createdAt, e.revokedAt != null);
  }
}
