package org.atrium.people;

import java.util.List;
import org.atrium.platform.auth.Role;

/** A full profile as one viewer sees it. */
public record Person(
    String username,
    String displayName,
    String email,
    String title,
    String businessUnit,
    String department,
    String location,
    String timeZone,
    PersonRef manager,
    String about,
    String askMeAbout,
    Role role,
    PersonStatus status,
    List<PersonSkill> skills) {}
