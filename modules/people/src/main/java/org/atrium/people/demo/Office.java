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
import static org.atrium.people.demo.NameCulture.NORDIC;
import static org.atrium.people.demo.NameCulture.POLISH;
import static org.atrium.people.demo.NameCulture.PORTUGUESE;
import static org.atrium.people.demo.NameCulture.SPANISH;
import static org.atrium.people.demo.NameCulture.TURKISH;
import static org.atrium.people.demo.NameCulture.UKRAINIAN;
import static org.atrium.people.demo.NameCulture.VIETNAMESE;

import java.util.List;
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

  /** The demo organisation's offices. */
  static final List<Office> STANDARD =
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

  /** The offices a large enterprise has besides the standard ones: smaller, but many more. */
  static final List<Office> ENTERPRISE_EXTRA =
      List.of(
          new Office("Dublin", "Ireland", "Europe/Dublin", 4, null, List.of(ENGLISH, POLISH)),
          new Office(
              "Manchester", "United Kingdom", "Europe/London", 4, null, List.of(ENGLISH, INDIAN)),
          new Office("Munich", "Germany", "Europe/Berlin", 5, "German", List.of(GERMAN, TURKISH)),
          new Office(
              "Zurich", "Switzerland", "Europe/Zurich", 3, "German", List.of(GERMAN, ITALIAN)),
          new Office("Stockholm", "Sweden", "Europe/Stockholm", 3, "Swedish", List.of(NORDIC)),
          new Office("Copenhagen", "Denmark", "Europe/Copenhagen", 2, "Danish", List.of(NORDIC)),
          new Office("Oslo", "Norway", "Europe/Oslo", 2, "Norwegian", List.of(NORDIC)),
          new Office("Helsinki", "Finland", "Europe/Helsinki", 2, "Finnish", List.of(NORDIC)),
          new Office("Warsaw", "Poland", "Europe/Warsaw", 4, "Polish", List.of(POLISH, UKRAINIAN)),
          new Office("Kyiv", "Ukraine", "Europe/Kyiv", 3, "Ukrainian", List.of(UKRAINIAN)),
          new Office("Milan", "Italy", "Europe/Rome", 3, "Italian", List.of(ITALIAN)),
          new Office("Lisbon", "Portugal", "Europe/Lisbon", 3, "Portuguese", List.of(PORTUGUESE)),
          new Office("Barcelona", "Spain", "Europe/Madrid", 3, "Spanish", List.of(SPANISH)),
          new Office("Istanbul", "Turkey", "Europe/Istanbul", 3, "Turkish", List.of(TURKISH)),
          new Office(
              "Dubai", "United Arab Emirates", "Asia/Dubai", 3, "Arabic", List.of(ARABIC, INDIAN)),
          new Office("Cairo", "Egypt", "Africa/Cairo", 2, "Arabic", List.of(ARABIC)),
          new Office("Abuja", "Nigeria", "Africa/Lagos", 2, "Hausa", List.of(NIGERIAN)),
          new Office(
              "Chicago",
              "United States",
              "America/Chicago",
              6,
              null,
              List.of(ENGLISH, POLISH, SPANISH)),
          new Office(
              "San Francisco",
              "United States",
              "America/Los_Angeles",
              7,
              null,
              List.of(ENGLISH, CHINESE, INDIAN, VIETNAMESE)),
          new Office(
              "Austin", "United States", "America/Chicago", 4, null, List.of(ENGLISH, SPANISH)),
          new Office(
              "Seattle",
              "United States",
              "America/Los_Angeles",
              4,
              null,
              List.of(ENGLISH, CHINESE, KOREAN)),
          new Office(
              "Mexico City", "Mexico", "America/Mexico_City", 4, "Spanish", List.of(SPANISH)),
          new Office(
              "Buenos Aires",
              "Argentina",
              "America/Argentina/Buenos_Aires",
              3,
              "Spanish",
              List.of(SPANISH, ITALIAN)),
          new Office(
              "Montreal", "Canada", "America/Toronto", 3, "French", List.of(FRENCH, ENGLISH)),
          new Office("Hyderabad", "India", "Asia/Kolkata", 8, "Hindi", List.of(INDIAN)),
          new Office("Chennai", "India", "Asia/Kolkata", 5, "Tamil", List.of(INDIAN)),
          new Office(
              "Shanghai", "China", "Asia/Shanghai", 5, "Mandarin Chinese", List.of(CHINESE)));

  /** Where the CEO sits. */
  static final Office HEADQUARTERS = STANDARD.getFirst();

  LocationSeed seed() {
    return new LocationSeed(name, country, timeZone);
  }
}
