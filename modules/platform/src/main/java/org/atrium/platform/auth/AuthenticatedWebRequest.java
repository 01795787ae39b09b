package org.atrium.platform.auth;

/** A request carrying a valid session cookie: who it is, and the CSRF token forms must echo. */
public record AuthenticatedWebRequest(Caller caller, String csrfToken) {}
