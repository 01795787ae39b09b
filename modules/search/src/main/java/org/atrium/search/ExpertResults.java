package org.atrium.search;

import java.util.List;
import java.util.Map;

/** Ranked experts, and how many candidates each business unit and location has. */
public record ExpertResults(List<Expert> experts, Map<String, Map<String, Integer>> facets) {

  /** A person as an expert hit. */
  public record Person(
      String username, String displayName, String businessUnit, String location, String url) {}

  /**
   * One piece of evidence.
   *
   * @param kind {@code skill}, {@code endorsement}, {@code status}, {@code page} or {@code answer}
   */
  public record Evidence(String kind, String title, String url, double weight) {}

  /**
   * A ranked person.
   *
   * @param why one line saying why they match, for people to judge the ranking
   */
  public record Expert(Person person, double score, List<Evidence> evidence, String why) {}
}
