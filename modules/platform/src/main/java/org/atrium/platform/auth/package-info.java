/**
 * Who is asking. Signs people in with Argon2id-hashed passwords (rate-limited, with one answer for
 * unknown users and wrong passwords), issues short-lived JWT access tokens (HS256 pinned, {@code
 * kid}, issuer, audience and expiry required) and opaque refresh tokens that rotate on use, where
 * reuse of a spent token revokes its whole family. Web pages use the same sessions through an
 * HttpOnly cookie and a per-session CSRF token. Every verified request becomes a {@link
 * org.atrium.platform.auth.Caller}. Accounts themselves live in the {@code people} module, reached
 * through {@link org.atrium.platform.auth.AccountDirectory}.
 */
package org.atrium.platform.auth;
