package org.atrium.people.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.atrium.people.OrgSeed;
import org.atrium.people.OrgSeed.EndorsementSeed;
import org.atrium.people.OrgSeed.PersonSeed;
import org.atrium.people.OrgSeed.UnitSeed;
import org.atrium.people.demo.Position.Tier;

/**
 * Generates a realistic demo organisation: offices around the world, ten business units (twelve for
 * an {@linkplain OrgBreadth#ENTERPRISE enterprise}) with their departments, a CEO-rooted manager
 * hierarchy, a skills taxonomy, people with skills, and endorsements between colleagues. The same
 * seed and size always give the same organisation.
 *
 * <p>Besides the requested number of employees, the people list ends with three well-known
 * accounts: {@code admin} (an administrator in IT), {@code hr} (an HR manager) and {@code partner}
 * (an external guest outside every unit).
 */
public final class DemoOrganisation {

  /** Enough for every unit to have a head and a team of at least three. */
  private static final int MIN_PEOPLE = 50;

  private DemoOrganisation() {}

  /** The standard organisation for {@code people} employees (>= 50), the same for the same seed. */
  public static OrgSeed generate(long seed, int people) {
    return generate(seed, people, OrgBreadth.STANDARD);
  }

  /**
   * The organisation of {@code breadth} for {@code people} employees (>= 50), the same for the same
   * seed. The standard breadth gives exactly what {@link #generate(long, int)} gives.
   */
  public static OrgSeed generate(long seed, int people, OrgBreadth breadth) {
    if (people < MIN_PEOPLE) {
      throw new IllegalArgumentException(
          "A demo organisation needs at least " + MIN_PEOPLE + " people, not " + people);
    }
    List<UnitProfile> units = UnitCatalog.units(breadth);
    Offices offices = Offices.of(breadth);
    // One independent stream per stage, so a change in one stage leaves the others' output alone.
    SplittableRandom random = new SplittableRandom(seed);
    List<Position> positions = OrgShape.build(units, people, random.split());
    List<PersonSeed> employees = new PersonFactory(random.split(), offices).create(positions);
    List<EndorsementSeed> endorsements =
        Endorsements.generate(employees, positions, random.split());
    Map<String, String> headsByUnit = headsByUnit(employees, positions);

    List<PersonSeed> everyone = new ArrayList<>(employees);
    everyone.addAll(SpecialAccounts.create(headsByUnit, new SkillPicker(random.split())));
    return new OrgSeed(
        offices.all().stream().map(Office::seed).toList(),
        units.stream()
            .map(unit -> new UnitSeed(unit.code(), unit.name(), headsByUnit.get(unit.code())))
            .toList(),
        SkillTaxonomy.skills(breadth),
        List.copyOf(everyone),
        List.copyOf(endorsements));
  }

  private static Map<String, String> headsByUnit(
      List<PersonSeed> employees, List<Position> positions) {
    Map<String, String> heads = new LinkedHashMap<>();
    for (int i = 0; i < positions.size(); i++) {
      if (positions.get(i).tier() == Tier.UNIT_HEAD) {
        heads.put(positions.get(i).unit().code(), employees.get(i).username());
      }
    }
    return heads;
  }
}
