package org.atrium.platform.auth;

/**
 * What sign-in needs to know of a person.
 *
 * @param passwordHash the Argon2id hash, or null where the person has no password of their own
 * @param demo a person of the generated demo organisation, who may sign in with {@code demo} while
 *     the server runs in demo mode
 */
public record Account(
    long id, String username, Role role, String passwordHash, boolean active, boolean demo) {}
