package org.atrium.webapp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

/**
 * The layer rules, written once and enforced: {@code rest → service → store}; entities never leave
 * their store; modules depend on the platform, never the other way round, and never in a cycle;
 * only the web application wires everything together.
 */
@AnalyzeClasses(packages = "org.atrium", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Rest")
          .definedBy("org.atrium..rest..")
          .layer("Service")
          .definedBy(
              "org.atrium.platform",
              "org.atrium.platform.auth",
              "org.atrium.platform.audit",
              "org.atrium.platform.db",
              "org.atrium.platform.error",
              "org.atrium.platform.outbox",
              "org.atrium.platform.index",
              "org.atrium.people",
              "org.atrium.people.demo",
              "org.atrium.spaces",
              "org.atrium.stream",
              "org.atrium.wiki",
              "org.atrium.communities",
              "org.atrium.search",
              "org.atrium.files")
          .layer("Store")
          .definedBy("org.atrium..store..")
          .layer("Application")
          .definedBy("org.atrium.webapp..")
          .whereLayer("Rest")
          .mayOnlyBeAccessedByLayers("Application")
          .whereLayer("Service")
          .mayOnlyBeAccessedByLayers("Rest", "Store", "Application")
          .whereLayer("Store")
          .mayOnlyBeAccessedByLayers("Service", "Application");

  @ArchTest
  static final ArchRule entitiesStayInTheirStore =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.atrium..store..")
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(Entity.class);

  @ArchTest
  static final ArchRule restNeverReachesAStore =
      noClasses()
          .that()
          .resideInAPackage("org.atrium..rest..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.atrium..store..");

  @ArchTest
  static final ArchRule noModuleCycles =
      slices().matching("org.atrium.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule platformKnowsNoFeature =
      noClasses()
          .that()
          .resideInAPackage("org.atrium.platform..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.atrium.people..",
              "org.atrium.spaces..",
              "org.atrium.stream..",
              "org.atrium.wiki..",
              "org.atrium.communities..",
              "org.atrium.search..",
              "org.atrium.files..",
              "org.atrium.webapp..");

  @ArchTest
  static final ArchRule peopleKnowsNoSpaces =
      noClasses()
          .that()
          .resideInAPackage("org.atrium.people..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.atrium.spaces..", "org.atrium.stream..", "org.atrium.wiki..");

  @ArchTest
  static final ArchRule spacesKnowNoStream =
      noClasses()
          .that()
          .resideInAPackage("org.atrium.spaces..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.atrium.stream..", "org.atrium.wiki..");

  @ArchTest
  static final ArchRule wikiKnowsNoStream =
      noClasses()
          .that()
          .resideInAPackage("org.atrium.wiki..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.atrium.stream..");

  @ArchTest
  static final ArchRule streamKnowsNoWiki =
      noClasses()
          .that()
          .resideInAPackage("org.atrium.stream..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.atrium.wiki..");

  @ArchTest
  static final ArchRule searchReadsOnlyWhatModulesPublish =
      noClasses()
          .that()
          .resideInAPackage("org.atrium.search..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.atrium.people..",
              "org.atrium.stream..",
              "org.atrium.wiki..",
              "org.atrium.spaces.store..");

  @ArchTest
  static final ArchRule onlyTheApplicationWires =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.atrium.webapp..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.atrium.webapp..");
}
