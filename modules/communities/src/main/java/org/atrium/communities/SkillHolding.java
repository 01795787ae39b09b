package org.atrium.communities;

/** One person's declared skill: how good they say they are and how many colleagues agree. */
public record SkillHolding(
    long personId, String username, String skill, int level, int endorsements) {}
