package org.atrium.platform.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.atrium.platform.AtriumConfig;
import org.atrium.platform.auth.store.AuthStore;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.Unauthenticated;

/**
 * Sign-in, token refresh, sign-out and per-request verification for both API clients (bearer
 * tokens) and browsers (session cookie + CSRF token).
 */
public final class AuthService {

  private static final String DEMO_PASSWORD = "demo";
  private static final String INVALID_CREDENTIALS = "the login or the password is wrong";
  private static final String INVALID_SESSION = "the session has ended; sign in again";
  private static final int TOKEN_BYTES = 32;

  private final Tx tx;
  private final AuthStore store;
  private final AccountDirectory accounts;
  private final AccessTokens tokens;
  private final PasswordHasher hasher;
  private final LoginRateLimiter rateLimiter;
  private final Clock clock;
  private final Duration sessionTtl;
  private final String demoPasswordHash;

  /**
   * Verified callers by session id. A short life bounds how long another node may trust a session
   * revoked elsewhere; revocations on this node evict at once.
   */
  private final Cache<String, Caller> verified =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(5)).maximumSize(100_000).build();

  public AuthService(
      AtriumConfig config,
      Tx tx,
      AuthStore store,
      AccountDirectory accounts,
      AccessTokens tokens,
      PasswordHasher hasher,
      Clock clock) {
    this.tx = tx;
    this.store = store;
    this.accounts = accounts;
    this.tokens = tokens;
    this.hasher = hasher;
    this.clock = clock;
    this.rateLimiter = new LoginRateLimiter(config.loginAttemptsPerMinute());
    this.sessionTtl = config.refreshTokenTtl();
    this.demoPasswordHash = config.demo() ? hasher.hash(DEMO_PASSWORD) : null;
  }

  /** Signs an API client in; throws {@link Unauthenticated} with one message for every failure. */
  public TokenPair login(String login, String password, String address) {
    Account account = checkCredentials(login, password, address);
    return tx.write(
        () -> {
          String sessionId = Secrets.token(16);
          store.addSession(sessionId, account.id(), "api", null, null, clock.instant());
          return newPair(account, sessionId);
        });
  }

  /**
   * Trades a refresh token for a new pair. A token presented a second time means it leaked: the
   * whole family is revoked and both holders must sign in again.
   */
  public TokenPair refresh(String refreshToken) {
    String hash = Secrets.sha256(refreshToken == null ? "" : refreshToken);
    Instant now = clock.instant();
    Optional<String> revokedFamily =
        tx.write(
            () -> {
              RefreshTokenState token =
                  store.refreshToken(hash).orElseThrow(() -> new Unauthenticated(INVALID_SESSION));
              if (token.spent() || !store.spendRefreshToken(hash, now)) {
                store.revokeSession(token.sessionId(), now);
                return Optional.of(token.sessionId());
              }
              return Optional.<String>empty();
            });
    if (revokedFamily.isPresent()) {
      verified.invalidate(revokedFamily.get());
      throw new Unauthenticated("this refresh token was already used; sign in again");
    }
    return tx.write(
        () -> {
          RefreshTokenState token = store.refreshToken(hash).orElseThrow();
          SessionState session = liveSession(token.sessionId(), now);
          if (token.createdAt().plus(sessionTtl).isBefore(now)) {
            throw new Unauthenticated(INVALID_SESSION);
          }
          Account account = activeAccount(session.accountId());
          return newPair(account, session.id());
        });
  }

  /** Ends the caller's session: its refresh tokens and access tokens stop working. */
  public void logout(Caller caller) {
    tx.write(() -> store.revokeSession(caller.sessionId(), clock.instant()));
    verified.invalidate(caller.sessionId());
  }

  /** Ends every session of an account, as when a person is deactivated. */
  public void revokeAll(long accountId) {
    tx.write(() -> store.revokeSessionsOf(accountId, clock.instant()))
        .forEach(verified::invalidate);
  }

  /** The caller a bearer token stands for, or {@link Unauthenticated}. */
  public Caller authenticateBearer(String accessToken) {
    AccessTokens.VerifiedToken token = tokens.verify(accessToken);
    Caller caller = verified.get(token.sessionId(), this::loadCaller);
    if (caller.accountId() != token.accountId()) {
      throw new Unauthenticated(INVALID_SESSION);
    }
    return caller;
  }

  /** Signs a browser in: a new session with its cookie and CSRF token. */
  public WebSession webLogin(String login, String password, String address) {
    Account account = checkCredentials(login, password, address);
    String cookie = Secrets.token(TOKEN_BYTES);
    String csrf = Secrets.token(TOKEN_BYTES);
    tx.write(
        () ->
            store.addSession(
                Secrets.token(16),
                account.id(),
                "web",
                Secrets.sha256(cookie),
                csrf,
                clock.instant()));
    return new WebSession(cookie, csrf);
  }

  /** The caller and CSRF token of a session cookie, if it is live. */
  public Optional<AuthenticatedWebRequest> authenticateCookie(String cookieToken) {
    Instant now = clock.instant();
    return tx.read(
        () ->
            store
                .sessionByCookie(Secrets.sha256(cookieToken))
                .filter(s -> !s.revoked() && s.createdAt().plus(sessionTtl).isAfter(now))
                .flatMap(
                    s ->
                        accounts
                            .findById(s.accountId())
                            .filter(Account::active)
                            .map(
                                a ->
                                    new AuthenticatedWebRequest(
                                        new Caller(a.id(), a.username(), a.role(), s.id()),
                                        s.csrfToken()))));
  }

  private Account checkCredentials(String login, String password, String address) {
    if (login == null || login.isBlank() || password == null) {
      throw new Unauthenticated(INVALID_CREDENTIALS);
    }
    rateLimiter.acquire(login, address);
    Optional<Account> found = tx.read(() -> accounts.findByLogin(login.trim()));
    String hash = found.filter(Account::active).map(this::passwordHashOf).orElse(null);
    if (!hasher.matches(password, hash)) {
      throw new Unauthenticated(INVALID_CREDENTIALS);
    }
    return found.orElseThrow();
  }

  private String passwordHashOf(Account account) {
    if (account.passwordHash() != null) {
      return account.passwordHash();
    }
    return account.demo() ? demoPasswordHash : null;
  }

  private TokenPair newPair(Account account, String sessionId) {
    String refresh = Secrets.token(TOKEN_BYTES);
    store.addRefreshToken(Secrets.sha256(refresh), sessionId, clock.instant());
    String access = tokens.issue(account.id(), account.username(), sessionId);
    return new TokenPair(access, tokens.ttl().toSeconds(), refresh);
  }

  private Caller loadCaller(String sessionId) {
    return tx.read(
        () -> {
          SessionState session = liveSession(sessionId, clock.instant());
          Account account = activeAccount(session.accountId());
          return new Caller(account.id(), account.username(), account.role(), session.id());
        });
  }

  private SessionState liveSession(String sessionId, Instant now) {
    return store
        .session(sessionId)
        .filter(s -> !s.revoked() && s.createdAt().plus(sessionTtl).isAfter(now))
        .orElseThrow(() -> new Unauthenticated(INVALID_SESSION));
  }

  private Account activeAccount(long accountId) {
    return accounts
        .findById(accountId)
        .filter(Account::active)
        .orElseThrow(() -> new Unauthenticated(INVALID_SESSION));
  }
}
