package org.atrium.people.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.atrium.people.PersonSummary;

/** A directory entry on the wire; {@code matched_skill} only when the search named a skill. */
public record PersonSummaryJson(
    String username,
    String displayName,
    String title,
    String businessUnit,
    String location,
    @JsonInclude(JsonInclude.Include.NON_NULL) MatchedSkill matchedSkill) {

  static PersonSummaryJson of(PersonSummary s) {
    return new PersonSummaryJson(
        s.username(),
        s.displayName(),
        s.title(),
        s.businessUnit(),
        s.location(),
        s.matchedSkill() == null
            ? null
            : new MatchedSkill(s.matchedSkill().name(), s.matchedSkill().level()));
  }

  /** The skill searched for and this person's level in it. */
  public record MatchedSkill(String name, int level) {}
}
