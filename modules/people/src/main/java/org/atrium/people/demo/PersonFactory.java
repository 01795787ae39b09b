package org.atrium.people.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.atrium.people.OrgSeed.PersonSeed;
import org.atrium.people.demo.Position.Tier;
import org.atrium.people.demo.UnitProfile.Department;
import org.atrium.platform.auth.Role;

/** Puts a person in each position: name, office, title, skills and a short bio. */
final class PersonFactory {

  private static final String CEO_TITLE = "Chief Executive Officer";

  /** Teams mostly sit with their manager, while managers spread over the offices. */
  private static final int INDIVIDUAL_WITH_MANAGER_PERCENT = 70;

  private static final int MANAGER_WITH_MANAGER_PERCENT = 30;

  private static final int LOCAL_NAME_PERCENT = 70;
  private static final int SAME_CULTURE_FAMILY_NAME_PERCENT = 75;
  private static final int FIRST_JOINED_YEAR = 2012;
  private static final int LAST_JOINED_YEAR = 2025;

  private static final List<String> ABOUT_TEMPLATES =
      List.of(
          "%1$s in the %2$s team, based in %4$s since %5$d.",
          "%1$s in %3$s, working with the %2$s team from our %4$s office.",
          "%1$s in %3$s (%2$s), based in %4$s and with us since %5$d.");

  private final SplittableRandom random;
  private final Offices offices;
  private final SkillPicker skillPicker;
  private final Usernames usernames = new Usernames();

  PersonFactory(SplittableRandom random, Offices offices) {
    this.random = random;
    this.offices = offices;
    this.skillPicker = new SkillPicker(random);
  }

  /** One person per position, in the same order. */
  List<PersonSeed> create(List<Position> positions) {
    List<PersonSeed> people = new ArrayList<>(positions.size());
    Office[] offices = new Office[positions.size()];
    for (Position position : positions) {
      int managerIndex = position.managerIndex();
      Position manager = managerIndex < 0 ? null : positions.get(managerIndex);
      PersonSeed managerPerson = managerIndex < 0 ? null : people.get(managerIndex);
      Office office =
          manager == null ? Office.HEADQUARTERS : officeFor(position, offices[managerIndex]);
      offices[people.size()] = office;
      people.add(person(position, manager, managerPerson, office));
    }
    return people;
  }

  private PersonSeed person(
      Position position, Position manager, PersonSeed managerPerson, Office office) {
    NameCulture culture =
        percent(LOCAL_NAME_PERCENT) ? pick(office.cultures()) : NameCulture.any(random);
    String givenName = culture.givenName(random);
    String familyName =
        (percent(SAME_CULTURE_FAMILY_NAME_PERCENT) ? culture : NameCulture.any(random))
            .familyName(random);
    String username = usernames.claim(givenName, familyName);
    Seniority seniority = seniority(position, manager);
    String title = title(position, seniority);
    Map<String, Integer> skills =
        skillPicker.pick(
            skillMix(position),
            expertise(position),
            seniority,
            position.tier().managesPeople(),
            office);
    return new PersonSeed(
        username,
        Usernames.email(username),
        givenName + " " + familyName,
        title,
        position.unit() == null ? null : position.unit().code(),
        position.department() == null ? null : position.department().name(),
        office.name(),
        managerPerson == null ? null : managerPerson.username(),
        about(title, position, office),
        SkillPicker.topSkills(skills, random.nextInt(2, 4)),
        Role.EMPLOYEE,
        skills);
  }

  private static SkillMix skillMix(Position position) {
    return position.unit() == null ? UnitCatalog.EXECUTIVE_SKILLS : position.unit().skillMix();
  }

  /** The department whose core skills someone has; unit heads rose through one of theirs. */
  private Department expertise(Position position) {
    if (position.department() != null || position.unit() == null) {
      return position.department();
    }
    return pick(position.unit().departments());
  }

  private Office officeFor(Position position, Office managersOffice) {
    int withManager =
        position.tier().managesPeople()
            ? MANAGER_WITH_MANAGER_PERCENT
            : INDIVIDUAL_WITH_MANAGER_PERCENT;
    return percent(withManager) ? managersOffice : offices.pick(random);
  }

  private Seniority seniority(Position position, Position manager) {
    return switch (position.tier()) {
      case CEO, UNIT_HEAD, SENIOR_MANAGER -> Seniority.LEAD;
      case MANAGER -> Seniority.SENIOR;
      // Individuals who report to a manager of managers are the senior experts of their area.
      case INDIVIDUAL ->
          manager.tier() == Tier.MANAGER
              ? Seniority.ofIndividualContributor(random)
              : Seniority.LEAD;
    };
  }

  private String title(Position position, Seniority seniority) {
    return switch (position.tier()) {
      case CEO -> CEO_TITLE;
      case UNIT_HEAD -> position.unit().headTitle();
      case SENIOR_MANAGER -> position.unit().directorTitle();
      case MANAGER -> position.department().managerTitle();
      case INDIVIDUAL -> seniority.titlePrefix() + position.department().individualTitle(random);
    };
  }

  private String about(String title, Position position, Office office) {
    int joined = random.nextInt(FIRST_JOINED_YEAR, LAST_JOINED_YEAR + 1);
    if (position.unit() == null) {
      return "%s, leading the company from %s since %d.".formatted(title, office.name(), joined);
    }
    if (position.department() == null) {
      return "%s, leading %s from %s since %d."
          .formatted(title, position.unit().name(), office.name(), joined);
    }
    return pick(ABOUT_TEMPLATES)
        .formatted(
            title, position.department().name(), position.unit().name(), office.name(), joined);
  }

  private boolean percent(int chance) {
    return random.nextInt(100) < chance;
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
