package org.atrium.webapp.pages;

import org.atrium.people.PersonSkill;

/**
 * A skill on a profile: its level, its endorsements, and the form that endorses it or withdraws the
 * viewer's endorsement.
 *
 * @param action where the endorse or withdraw form posts; null when the viewer cannot endorse
 */
record SkillView(
    String name,
    LevelView level,
    int endorsementCount,
    String endorsements,
    boolean endorsedByMe,
    String action) {

  static SkillView of(String username, PersonSkill skill, boolean canEndorse, Templates t) {
    String verb = skill.endorsedByMe() ? EndorsementActions.WITHDRAW : EndorsementActions.ENDORSE;
    return new SkillView(
        skill.name(),
        LevelView.of(skill.name(), skill.level(), t),
        skill.endorsementCount(),
        t.text(
            skill.endorsedByMe() ? "skill_endorsements_mine" : "skill_endorsements",
            skill.endorsementCount()),
        skill.endorsedByMe(),
        canEndorse ? Links.skillAction(username, skill.name(), verb) : null);
  }
}
