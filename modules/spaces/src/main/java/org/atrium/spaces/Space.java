package org.atrium.spaces;

import java.time.Instant;

/** A space as one caller sees it; {@code role} is the caller's role, null for non-members. */
public record Space(
    String slug,
    String name,
    String description,
    SpaceVisibility visibility,
    SpaceKind kind,
    boolean archived,
    Instant createdAt,
    long membersCount,
    SpaceRole role) {}
