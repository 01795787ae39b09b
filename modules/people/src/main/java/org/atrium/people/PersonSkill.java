package org.atrium.people;

/** A skill on a profile, as seen by one viewer ({@code endorsedByMe}). */
public record PersonSkill(String name, int level, int endorsementCount, boolean endorsedByMe) {}
