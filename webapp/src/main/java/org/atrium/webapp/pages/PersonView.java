package org.atrium.webapp.pages;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.atrium.people.Person;
import org.atrium.people.PersonRef;
import org.atrium.people.PersonSummary;

/**
 * A person as the person chip shows them: avatar, name linking to the profile, title, where they
 * work, and the skill a directory search matched.
 *
 * @param place business unit and location, joined by a middle dot; null when neither is known
 * @param skill the matched skill, or null when the search named none
 */
record PersonView(
    String username,
    String displayName,
    String initials,
    String colour,
    String href,
    String title,
    String place,
    LevelView skill) {

  static PersonView of(PersonSummary person, Templates t) {
    LevelView skill =
        person.matchedSkill() == null
            ? null
            : LevelView.of(person.matchedSkill().name(), person.matchedSkill().level(), t);
    return new PersonView(
        person.username(),
        person.displayName(),
        Avatars.initials(person.displayName()),
        Avatars.colour(person.username()),
        Links.profile(person.username()),
        person.title(),
        place(person.businessUnit(), person.location()),
        skill);
  }

  static PersonView of(Person person) {
    return new PersonView(
        person.username(),
        person.displayName(),
        Avatars.initials(person.displayName()),
        Avatars.colour(person.username()),
        Links.profile(person.username()),
        person.title(),
        place(person.businessUnit(), person.location()),
        null);
  }

  /** Someone a post, a notification or a member list points at: name and title only. */
  static PersonView of(PersonRef person) {
    return new PersonView(
        person.username(),
        person.displayName(),
        Avatars.initials(person.displayName()),
        Avatars.colour(person.username()),
        Links.profile(person.username()),
        person.title(),
        null,
        null);
  }

  private static String place(String businessUnit, String location) {
    String place =
        Stream.of(businessUnit, location)
            .filter(Objects::nonNull)
            .filter(part -> !part.isBlank())
            .collect(Collectors.joining(" · "));
    return place.isEmpty() ? null : place;
  }
}
