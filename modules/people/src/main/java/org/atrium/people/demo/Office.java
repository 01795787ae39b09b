package org.atrium.people.demo;

import static org.atrium.people.demo.NameCulture.ARABIC;
import static org.atrium.people.demo.NameCulture.CHINESE;
import static org.atrium.people.demo.NameCulture.DUTCH;
import static org.atrium.people.demo.NameCulture.ENGLISH;
import static org.atrium.people.demo.NameCulture.FRENCH;
import static org.atrium.people.demo.NameCulture.GERMAN;
import static org.atrium.people.demo.NameCulture.INDIAN;
import static org.atrium.people.demo.NameCulture.ITALIAN;
import static org.atrium.people.demo.NameCulture.JAPANESE;
import static org.atrium.people.demo.NameCulture.KOREAN;
import static org.atrium.people.demo.NameCulture.NIGERIAN;
import static org.atrium.people.demo.NameCulture.POLISH;
import static org.atrium.people.demo.NameCulture.PORTUGUESE;
import static org.atrium.people.demo.NameCulture.SPANISH;
import static org.atrium.people.demo.NameCulture.TURKISH;
import static org.atrium.people.demo.NameCulture.UKRAINIAN;
import static org.atrium.people.demo.NameCulture.VIETNAMESE;

import java.util.List;
import java.util.SplittableRandom;
import org.atrium.people.OrgSeed.LocationSeed;

/**
 * An office: where it is, how many people work there relative to the others, the local language
 * (null where it is English) and the name cultures most common among the people there.
 */
record Office(
    String name,
    String country,
    String timeZone,
    int weight,
    String localLanguage,
    List<NameCulture> cultures) {

  static final List<Office> ALL =
      List.of(
          new Office(
              "London",
              "United Kingdom",
              "Europe/London",
              16,
              null,
              List.of(ENGLISH, INDIAN, POLISH, NIGERIAN)),
          new Office("Berlin", "Germany", "Europe/Berlin", 10, "German", List.of(GERMAN, TURKISH)),
          new Office("Paris", "France", "Europe/Paris", 8, "French", List.of(FRENCH, ARABIC)),
          new Office("Madrid", "Spain", "Europe/Madrid", 5, "Spanish", List.of(SPANISH)),
          new Office(
              "Amsterdam", "Netherlands", "Europe/Amsterdam", 4, "Dutch", List.of(DUTCH, TURKISH)),
          new Office(
              "New York",
              "United States",
              "America/New_York",
              12,
              null,
              List.of(ENGLISH, SPANISH, CHINESE, ITALIAN, KOREAN)),
          new Office(
              "Toronto",
              "Canada",
              "America/Toronto",
              6,
              "French",
              List.of(ENGLISH, CHINESE, INDIAN, UKRAINIAN)),
          new Office(
              "São Paulo",
              "Brazil",
              "America/Sao_Paulo",
              6,
              "Portuguese",
              List.of(PORTUGUESE, ITALIAN, JAPANESE)),
          new Office("Lagos", "Nigeria", "Africa/Lagos", 4, "Yoruba", List.of(NIGERIAN)),
          new Office("Bangalore", "India", "Asia/Kolkata", 12, "Hindi", List.of(INDIAN)),
          new Office(
              "Singapore", "Singapore", "Asia/Singapore", 6, "Mandarin Chinese", List.of(CHINESE)),
          new Office(
              "Sydney", "Australia", "Australia/Sydney", 5, null, List.of(ENGLISH, VIETNAMESE)),
          new Office("Tokyo", "Japan", "Asia/Tokyo", 6, "Japanese", List.of(JAPANESE)));

  /** Where the CEO sits. */
  static final Office HEADQUARTERS = ALL.getFirst();

  private static final int TOTAL_WEIGHT = ALL.stream().mapToInt(Office::weight).sum();

  static Office pick(SplittableRandom random) {
    int roll = random.nextInt(TOTAL_WEIGHT);
    for (Office office : ALL) {
      roll -= office.weight;
      if (roll < 0) {
        return office;
      }
    }
    throw new AssertionError("Office weights do not add up");
  }

  LocationSeed seed() {
    return new LocationSeed(name, country, timeZone);
  }
}
