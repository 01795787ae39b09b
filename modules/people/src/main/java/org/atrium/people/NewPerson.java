package org.atrium.people;

/** A person HR creates by hand; {@code password} is for deployments without single sign-on. */
public record NewPerson(
    String username,
    String email,
    String displayName,
    String title,
    String businessUnit,
    String department,
    String location,
    String manager,
    String role,
    String password) {}
