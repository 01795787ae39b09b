package org.atrium.people.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.atrium.people.OrgSeed;
import org.atrium.people.OrgSeed.PersonSeed;
import org.atrium.people.OrgSeed.SkillSeed;
import org.atrium.people.OrgSeed.UnitSeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The enterprise breadth: the shape of the benchmarks' large tier, at a tenth of its size. */
class EnterpriseOrganisationTest {

  private static final int EMPLOYEES = 5_000;

  private static OrgSeed org;
  private static Map<String, PersonSeed> byUsername;

  @BeforeAll
  static void generate() {
    org = DemoOrganisation.generate(42, EMPLOYEES, OrgBreadth.ENTERPRISE);
    byUsername = new HashMap<>();
    org.people().forEach(p -> byUsername.put(p.username(), p));
  }

  @Test
  void hasTwelveUnitsFortyLocationsAndOverSixHundredSkills() {
    assertEquals(EMPLOYEES + 3, org.people().size());
    assertEquals(12, org.units().size());
    assertEquals(40, org.locations().size());
    assertTrue(org.skills().size() >= 600, org.skills().size() + " skills");
    org.locations().forEach(location -> assertTrue(ZoneId.of(location.timeZone()) != null));
    assertEquals(40, org.locations().stream().map(OrgSeed.LocationSeed::name).distinct().count());
  }

  @Test
  void sameSeedGivesTheSameOrganisation() {
    assertEquals(
        DemoOrganisation.generate(7, 300, OrgBreadth.ENTERPRISE),
        DemoOrganisation.generate(7, 300, OrgBreadth.ENTERPRISE));
  }

  @Test
  void extendsTheStandardCataloguesWithoutReorderingThem() {
    OrgSeed standard = DemoOrganisation.generate(42, 300);
    assertEquals(standard.skills(), org.skills().subList(0, standard.skills().size()));
    assertEquals(standard.locations(), org.locations().subList(0, standard.locations().size()));
    assertEquals(
        standard.units().stream().map(UnitSeed::code).toList(),
        org.units().stream().map(UnitSeed::code).limit(standard.units().size()).toList());
  }

  @Test
  void everyUnitHasPeopleAndOnlyTheCeoManagesMoreThanTen() {
    Map<String, Long> spans =
        org.people().stream()
            .filter(p -> p.managerUsername() != null)
            .collect(Collectors.groupingBy(PersonSeed::managerUsername, Collectors.counting()));
    String ceo = org.people().getFirst().username();
    assertEquals(12, spans.get(ceo));
    spans.forEach(
        (manager, span) ->
            assertTrue(manager.equals(ceo) || span >= 3 && span <= 10, manager + ": " + span));
    for (UnitSeed unit : org.units()) {
      assertEquals(ceo, byUsername.get(unit.headUsername()).managerUsername());
      long members = org.people().stream().filter(p -> unit.code().equals(p.unitCode())).count();
      assertTrue(members > EMPLOYEES / 100, unit.code() + " has " + members);
    }
  }

  @Test
  void aboutEightSkillsAndFiveEndorsementsPerPerson() {
    double skills =
        org.people().stream().mapToInt(p -> p.skills().size()).sum() / (double) org.people().size();
    double endorsements = org.endorsements().size() / (double) org.people().size();
    assertTrue(skills >= 7 && skills <= 10, "skills per person " + skills);
    assertTrue(endorsements >= 4 && endorsements <= 6, "endorsements per person " + endorsements);
  }

  @Test
  void theNewUnitsHoldTheNewCategories() {
    Map<String, String> categoryOf =
        org.skills().stream().collect(Collectors.toMap(SkillSeed::name, SkillSeed::category));
    Set<String> heldCategories = new HashSet<>();
    org.people().stream()
        .filter(p -> "OPS".equals(p.unitCode()) || "PS".equals(p.unitCode()))
        .flatMap(p -> p.skills().keySet().stream())
        .forEach(skill -> heldCategories.add(categoryOf.get(skill)));
    assertTrue(
        heldCategories.containsAll(
            List.of(
                "Supply chain & logistics", "Manufacturing & quality", "Professional services")),
        heldCategories.toString());
  }

  @Test
  void enterpriseCataloguesOnlyUseKnownSkillsAndLanguages() {
    Set<String> skills =
        SkillTaxonomy.ENTERPRISE_SKILLS.stream().map(SkillSeed::name).collect(Collectors.toSet());
    Set<String> categories = SkillTaxonomy.categories();
    for (UnitProfile unit : UnitCatalog.units(OrgBreadth.ENTERPRISE)) {
      assertTrue(categories.containsAll(unit.skillMix().categories()), unit.code());
      unit.departments()
          .forEach(d -> assertTrue(skills.containsAll(d.coreSkills()), d.coreSkills().toString()));
    }
    Offices.of(OrgBreadth.ENTERPRISE).all().stream()
        .filter(office -> office.localLanguage() != null)
        .forEach(office -> assertTrue(skills.contains(office.localLanguage()), office.name()));
  }
}
