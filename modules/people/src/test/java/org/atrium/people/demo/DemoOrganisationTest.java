package org.atrium.people.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.atrium.people.OrgSeed;
import org.atrium.people.OrgSeed.EndorsementSeed;
import org.atrium.people.OrgSeed.PersonSeed;
import org.atrium.people.OrgSeed.SkillSeed;
import org.atrium.people.OrgSeed.UnitSeed;
import org.atrium.platform.auth.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoOrganisationTest {

  private static final int EMPLOYEES = 2_000;
  private static final Set<String> SPECIAL = Set.of("admin", "hr", "partner");

  private static OrgSeed org;
  private static List<PersonSeed> employees;
  private static Map<String, PersonSeed> byUsername;
  private static Map<String, Integer> positionOf;

  @BeforeAll
  static void generate() {
    org = DemoOrganisation.generate(42, EMPLOYEES);
    employees = org.people().stream().filter(p -> !SPECIAL.contains(p.username())).toList();
    byUsername = new HashMap<>();
    positionOf = new HashMap<>();
    for (int i = 0; i < org.people().size(); i++) {
      byUsername.put(org.people().get(i).username(), org.people().get(i));
      positionOf.put(org.people().get(i).username(), i);
    }
  }

  @Test
  void sameSeedGivesTheSameOrganisation() {
    assertEquals(DemoOrganisation.generate(7, 300), DemoOrganisation.generate(7, 300));
  }

  /**
   * The demo every fresh install shows, pinned: catalogue additions for the enterprise breadth must
   * leave it alone. Change the digest only when changing the demo on purpose.
   */
  @Test
  void theStandardDemoStaysExactlyAsItWas() throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(DemoOrganisation.generate(42, 300).toString().getBytes(StandardCharsets.UTF_8));
    assertEquals(
        "13d33ee06776bd5f8a42043ea6d4ef6674395a9e1d7b5db5a2757f5f3537899e",
        HexFormat.of().formatHex(digest));
    assertEquals(org, DemoOrganisation.generate(42, EMPLOYEES, OrgBreadth.STANDARD));
  }

  @Test
  void differentSeedsGiveDifferentPeople() {
    assertNotEquals(
        DemoOrganisation.generate(7, 300).people(), DemoOrganisation.generate(8, 300).people());
  }

  @Test
  void rejectsOrganisationsTooSmallToStaffEveryUnit() {
    assertThrows(IllegalArgumentException.class, () -> DemoOrganisation.generate(1, 49));
  }

  @Test
  void smallestOrganisationStillHasAHeadAndTeamInEveryUnit() {
    OrgSeed small = DemoOrganisation.generate(3, 50);
    assertEquals(53, small.people().size());
    for (UnitSeed unit : small.units()) {
      long members = small.people().stream().filter(p -> unit.code().equals(p.unitCode())).count();
      assertTrue(members >= 4, unit.code() + " has " + members);
    }
  }

  @Test
  void hasTheRequestedPeoplePlusTheThreeSpecialAccounts() {
    assertEquals(EMPLOYEES + 3, org.people().size());
    assertEquals(EMPLOYEES, employees.size());
    List<String> lastThree =
        org.people().subList(EMPLOYEES, EMPLOYEES + 3).stream().map(PersonSeed::username).toList();
    assertEquals(List.of("admin", "hr", "partner"), lastThree);
  }

  @Test
  void hasEnoughUnitsLocationsAndSkills() {
    assertTrue(org.units().size() >= 10);
    assertTrue(org.locations().size() >= 8);
    assertTrue(org.skills().size() >= 300);
    org.locations().forEach(location -> assertNotNull(ZoneId.of(location.timeZone())));
    org.units().forEach(unit -> assertTrue(unit.code().matches("[A-Z]+"), unit.code()));
  }

  @Test
  void theCeoComesFirstAndIsTheOnlyEmployeeWithoutAManager() {
    List<PersonSeed> topLevel =
        employees.stream().filter(p -> p.managerUsername() == null).toList();
    assertEquals(List.of(org.people().getFirst()), topLevel);
    assertEquals("Chief Executive Officer", topLevel.getFirst().title());
  }

  @Test
  void everyManagerComesBeforeTheirReports() {
    for (int i = 0; i < org.people().size(); i++) {
      String manager = org.people().get(i).managerUsername();
      if (manager != null) {
        assertTrue(positionOf.get(manager) < i, manager + " after a report");
      }
    }
  }

  @Test
  void spansAndDepthLookLikeARealOrgChart() {
    Map<String, Long> spans =
        employees.stream()
            .filter(p -> p.managerUsername() != null)
            .collect(Collectors.groupingBy(PersonSeed::managerUsername, Collectors.counting()));
    spans.forEach((manager, span) -> assertTrue(span >= 3 && span <= 10, manager + ": " + span));
    int deepest = employees.stream().mapToInt(DemoOrganisationTest::depth).max().orElseThrow();
    assertTrue(deepest >= 4 && deepest <= 7, "depth " + deepest);
  }

  @Test
  void unitHeadsBelongToTheirUnitAndReportToTheCeo() {
    String ceo = org.people().getFirst().username();
    for (UnitSeed unit : org.units()) {
      PersonSeed head = byUsername.get(unit.headUsername());
      assertEquals(unit.code(), head.unitCode());
      assertEquals(ceo, head.managerUsername());
    }
  }

  @Test
  void everyReferenceResolves() {
    Set<String> units = org.units().stream().map(UnitSeed::code).collect(Collectors.toSet());
    Set<String> locations =
        org.locations().stream().map(OrgSeed.LocationSeed::name).collect(Collectors.toSet());
    Set<String> skills = org.skills().stream().map(SkillSeed::name).collect(Collectors.toSet());
    for (PersonSeed person : org.people()) {
      assertTrue(person.unitCode() == null || units.contains(person.unitCode()), person.unitCode());
      assertTrue(person.location() == null || locations.contains(person.location()));
      assertTrue(
          person.managerUsername() == null || byUsername.containsKey(person.managerUsername()));
      assertTrue(skills.containsAll(person.skills().keySet()), person.skills().toString());
    }
    for (EndorsementSeed endorsement : org.endorsements()) {
      assertTrue(byUsername.containsKey(endorsement.personUsername()));
      assertTrue(byUsername.containsKey(endorsement.endorserUsername()));
    }
  }

  @Test
  void usernamesAndEmailsAreUniqueAndAscii() {
    Set<String> usernames = new HashSet<>();
    Set<String> emails = new HashSet<>();
    for (PersonSeed person : org.people()) {
      assertTrue(usernames.add(person.username()), person.username());
      assertTrue(emails.add(person.email()), person.email());
      assertEquals(person.username() + "@atrium.example", person.email());
    }
    for (PersonSeed person : employees) {
      assertTrue(person.username().matches("[a-z]+\\.[a-z]+[0-9]*"), person.username());
      assertEquals(Role.EMPLOYEE, person.role());
    }
  }

  @Test
  void usernamesDropAccentsAndNumberRepeats() {
    assertEquals("jurgen", Usernames.ascii("Jürgen"));
    assertEquals("soren", Usernames.ascii("Søren"));
    assertEquals("lukasz", Usernames.ascii("Łukasz"));
    assertEquals("yilmaz", Usernames.ascii("Yılmaz"));
    assertEquals("dang", Usernames.ascii("Đặng"));
    assertEquals("obrien", Usernames.ascii("O'Brien"));
    assertEquals("vandenberg", Usernames.ascii("van den Berg"));
    Usernames usernames = new Usernames();
    assertEquals("anna.schmidt", usernames.claim("Anna", "Schmidt"));
    assertEquals("anna.schmidt2", usernames.claim("Anna", "Schmidt"));
    assertEquals("anna.schmidt3", usernames.claim("Änna", "Schmidt"));
  }

  @Test
  void peopleHaveBetweenFiveAndTwelveSkillsAtLevelsOneToFive() {
    for (PersonSeed person : employees) {
      int count = person.skills().size();
      assertTrue(count >= 5 && count <= 12, person.username() + " has " + count + " skills");
      person.skills().values().forEach(level -> assertTrue(level >= 1 && level <= 5));
      assertTrue(person.skills().keySet().containsAll(List.of(person.askMeAbout().split(", "))));
    }
  }

  @Test
  void engineersMostlyHaveTechnicalSkills() {
    Map<String, String> categoryOf =
        org.skills().stream().collect(Collectors.toMap(SkillSeed::name, SkillSeed::category));
    Set<String> technical =
        Set.of("Programming languages", "Software engineering", "Cloud & infrastructure");
    long technicalSkills = 0;
    long allSkills = 0;
    for (PersonSeed person : employees) {
      if ("ENG".equals(person.unitCode())) {
        allSkills += person.skills().size();
        technicalSkills +=
            person.skills().keySet().stream()
                .filter(s -> technical.contains(categoryOf.get(s)))
                .count();
      }
    }
    assertTrue(technicalSkills * 2 > allSkills, technicalSkills + " of " + allSkills);
  }

  @Test
  void endorsementsAreBetweenDifferentPeopleForHeldSkillsAndNeverRepeated() {
    Set<EndorsementSeed> seen = new HashSet<>();
    for (EndorsementSeed endorsement : org.endorsements()) {
      assertNotEquals(endorsement.personUsername(), endorsement.endorserUsername());
      assertTrue(seen.add(endorsement), endorsement.toString());
      assertTrue(
          byUsername.get(endorsement.personUsername()).skills().containsKey(endorsement.skill()),
          endorsement.toString());
    }
    double perPerson = (double) org.endorsements().size() / org.people().size();
    assertTrue(perPerson >= 3 && perPerson <= 8, "average " + perPerson);
  }

  @Test
  void endorsersWorkWithThePeopleTheyEndorse() {
    for (EndorsementSeed endorsement : org.endorsements()) {
      PersonSeed person = byUsername.get(endorsement.personUsername());
      PersonSeed endorser = byUsername.get(endorsement.endorserUsername());
      boolean sameUnit = person.unitCode() != null && person.unitCode().equals(endorser.unitCode());
      boolean managerOrReport =
          endorser.username().equals(person.managerUsername())
              || person.username().equals(endorser.managerUsername());
      assertTrue(sameUnit || managerOrReport, endorsement.toString());
    }
  }

  @Test
  void taxonomyNamesAndSynonymsNeverClash() {
    Set<String> terms = new HashSet<>();
    for (SkillSeed skill : org.skills()) {
      assertTrue(terms.add(folded(skill.name())), skill.name());
      skill.synonyms().forEach(s -> assertTrue(terms.add(folded(s)), s));
      assertFalse(skill.category().isBlank());
    }
    assertTrue(org.skills().stream().filter(s -> !s.synonyms().isEmpty()).count() >= 60);
  }

  @Test
  void taxonomyKnowsTheCommonSynonyms() {
    Map<String, List<String>> synonyms =
        org.skills().stream().collect(Collectors.toMap(SkillSeed::name, SkillSeed::synonyms));
    assertTrue(synonyms.get("Kubernetes").contains("k8s"));
    assertTrue(synonyms.get("JavaScript").contains("JS"));
    assertTrue(synonyms.get("Machine Learning").contains("ML"));
    assertTrue(synonyms.get("Amazon Web Services").contains("AWS"));
    assertTrue(synonyms.get("PostgreSQL").contains("Postgres"));
    assertTrue(synonyms.get("Search Engine Optimisation").contains("SEO"));
  }

  @Test
  void catalogueTablesOnlyUseKnownSkillsAndCategories() {
    Set<String> skills =
        SkillTaxonomy.SKILLS.stream().map(SkillSeed::name).collect(Collectors.toSet());
    Set<String> categories = SkillTaxonomy.categories();
    assertTrue(categories.containsAll(UnitCatalog.EXECUTIVE_SKILLS.categories()));
    for (UnitProfile unit : UnitCatalog.UNITS) {
      assertTrue(categories.containsAll(unit.skillMix().categories()), unit.code());
      unit.departments()
          .forEach(d -> assertTrue(skills.containsAll(d.coreSkills()), d.coreSkills().toString()));
    }
    Office.STANDARD.stream()
        .filter(office -> office.localLanguage() != null)
        .forEach(office -> assertTrue(skills.contains(office.localLanguage())));
  }

  @Test
  void namesComeFromManyCultures() {
    Set<String> given = new HashSet<>();
    Set<String> family = new HashSet<>();
    for (NameCulture culture : NameCulture.values()) {
      given.addAll(culture.givenNames());
      family.addAll(culture.familyNames());
    }
    assertTrue(given.size() >= 150, "given names: " + given.size());
    assertTrue(family.size() >= 150, "family names: " + family.size());
  }

  @Test
  void specialAccountsHaveTheirRoles() {
    PersonSeed admin = byUsername.get("admin");
    assertEquals(Role.ADMIN, admin.role());
    assertEquals("Ada Admin", admin.displayName());
    assertEquals("IT", admin.unitCode());
    assertEquals(headOf("IT"), admin.managerUsername());

    PersonSeed hr = byUsername.get("hr");
    assertEquals(Role.HR, hr.role());
    assertEquals("Harper Reyes", hr.displayName());
    assertEquals("HR", hr.unitCode());
    assertEquals(headOf("HR"), hr.managerUsername());

    PersonSeed partner = byUsername.get("partner");
    assertEquals(Role.GUEST, partner.role());
    assertEquals("Pat Partner", partner.displayName());
    assertEquals("External partner", partner.title());
    assertNull(partner.unitCode());
    assertNull(partner.department());
    assertNull(partner.location());
    assertNull(partner.managerUsername());
    assertTrue(partner.skills().isEmpty());
    assertEquals("partner@atrium.example", partner.email());
  }

  /** Lower case without accents, as the store keys skill names and synonyms. */
  private static String folded(String term) {
    String decomposed = Normalizer.normalize(term, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  private static String headOf(String unitCode) {
    return org.units().stream()
        .filter(unit -> unit.code().equals(unitCode))
        .findFirst()
        .orElseThrow()
        .headUsername();
  }

  private static int depth(PersonSeed person) {
    int depth = 1;
    for (String manager = person.managerUsername();
        manager != null;
        manager = byUsername.get(manager).managerUsername()) {
      depth++;
    }
    return depth;
  }
}
