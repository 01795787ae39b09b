package org.atrium.people.rest;

import java.util.List;
import org.atrium.people.Person;
import org.atrium.people.PersonRef;
import org.atrium.people.PersonSkill;

/** A profile on the wire. */
public record PersonJson(
    String username,
    String displayName,
    String email,
    String title,
    String businessUnit,
    String department,
    String location,
    String timeZone,
    PersonRefJson manager,
    String about,
    String askMeAbout,
    String role,
    String status,
    List<SkillJson> skills) {

  static PersonJson of(Person p) {
    return new PersonJson(
        p.username(),
        p.displayName(),
        p.email(),
        p.title(),
        p.businessUnit(),
        p.department(),
        p.location(),
        p.timeZone(),
        PersonRefJson.of(p.manager()),
        p.about(),
        p.askMeAbout(),
        p.role().code(),
        p.status().code(),
        p.skills().stream().map(SkillJson::of).toList());
  }

  /** A skill on a profile, as the caller sees it. */
  public record SkillJson(String name, int level, int endorsementCount, boolean endorsedByMe) {
    static SkillJson of(PersonSkill s) {
      return new SkillJson(s.name(), s.level(), s.endorsementCount(), s.endorsedByMe());
    }
  }

  /** A short pointer to another person. */
  public record PersonRefJson(String username, String displayName, String title) {
    static PersonRefJson of(PersonRef ref) {
      return ref == null ? null : new PersonRefJson(ref.username(), ref.displayName(), ref.title());
    }
  }
}
