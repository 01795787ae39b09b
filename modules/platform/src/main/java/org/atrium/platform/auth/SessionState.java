package org.atrium.platform.auth;

import java.time.Instant;

/** A stored sign-in session: an API refresh family or a browser session. */
public record SessionState(
    String id, long accountId, String csrfToken, Instant createdAt, boolean revoked) {}
