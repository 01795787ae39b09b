package org.atrium.platform.auth;

/**
 * A browser's sign-in: {@code cookieToken} goes in the HttpOnly session cookie, {@code csrfToken}
 * in every form the pages render.
 */
public record WebSession(String cookieToken, String csrfToken) {}
