package org.atrium.people;

import java.util.List;

/** A taxonomy entry: its name, the other names it goes by, its category and how many have it. */
public record Skill(String name, List<String> synonyms, String category, long peopleCount) {}
