package org.atrium.people.store;

import org.atrium.platform.auth.Role;

/** The writable fields of a person as stored, with references as ids. */
public record PersonRow(
    String username,
    String email,
    String displayName,
    String title,
    Long businessUnitId,
    String department,
    Long locationId,
    String timeZone,
    Long managerId,
    String about,
    String askMeAbout,
    Role role) {}
