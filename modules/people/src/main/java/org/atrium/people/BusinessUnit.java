package org.atrium.people;

/** A business unit with its head and the number of active people in it. */
public record BusinessUnit(String code, String name, PersonRef head, long peopleCount) {}
