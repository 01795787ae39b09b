package org.atrium.platform.auth;

import java.time.Instant;

/** A stored refresh token, known only by its hash. */
public record RefreshTokenState(String sessionId, Instant createdAt, boolean spent) {}
