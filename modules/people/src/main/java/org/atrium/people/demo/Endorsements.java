package org.atrium.people.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.atrium.people.OrgSeed.EndorsementSeed;
import org.atrium.people.OrgSeed.PersonSeed;

/**
 * Endorsements between people who work together: a manager, a direct report or someone in the same
 * unit vouches for one of the skills a person has.
 */
final class Endorsements {

  /** Each person gets between none and this many, about half of it on average. */
  private static final int MAX_PER_PERSON = 10;

  /** Leaves room for repeats, which are dropped, without looping forever on small teams. */
  private static final int ATTEMPTS_PER_ENDORSEMENT = 3;

  private static final int FROM_MANAGER_PERCENT = 30;
  private static final int FROM_REPORT_PERCENT = 20;

  private final List<PersonSeed> people;
  private final List<Position> positions;
  private final SplittableRandom random;
  private final List<List<Integer>> reports;
  private final Map<String, List<Integer>> unitMembers = new LinkedHashMap<>();

  private Endorsements(List<PersonSeed> people, List<Position> positions, SplittableRandom random) {
    this.people = people;
    this.positions = positions;
    this.random = random;
    this.reports = new ArrayList<>(positions.size());
    for (int i = 0; i < positions.size(); i++) {
      reports.add(new ArrayList<>());
      Position position = positions.get(i);
      if (position.managerIndex() >= 0) {
        reports.get(position.managerIndex()).add(i);
      }
      if (position.unit() != null) {
        unitMembers.computeIfAbsent(position.unit().code(), code -> new ArrayList<>()).add(i);
      }
    }
  }

  /** Endorsements for {@code people}, who sit in {@code positions} (same order). */
  static List<EndorsementSeed> generate(
      List<PersonSeed> people, List<Position> positions, SplittableRandom random) {
    return new Endorsements(people, positions, random).generate();
  }

  private List<EndorsementSeed> generate() {
    List<EndorsementSeed> endorsements = new ArrayList<>(people.size() * MAX_PER_PERSON / 2);
    for (int person = 0; person < people.size(); person++) {
      PersonSeed endorsed = people.get(person);
      List<String> skills = List.copyOf(endorsed.skills().keySet());
      int wanted = random.nextInt(MAX_PER_PERSON + 1);
      Set<String> given = new HashSet<>();
      for (int attempt = 0;
          given.size() < wanted && attempt < wanted * ATTEMPTS_PER_ENDORSEMENT;
          attempt++) {
        int endorser = endorserFor(person);
        String skill = skills.get(random.nextInt(skills.size()));
        if (endorser != person && given.add(skill + '\n' + endorser)) {
          endorsements.add(
              new EndorsementSeed(endorsed.username(), skill, people.get(endorser).username()));
        }
      }
    }
    return endorsements;
  }

  private int endorserFor(int person) {
    int managerIndex = positions.get(person).managerIndex();
    List<Integer> directReports = reports.get(person);
    int roll = random.nextInt(100);
    if (roll < FROM_MANAGER_PERCENT && managerIndex >= 0) {
      return managerIndex;
    }
    if (roll < FROM_MANAGER_PERCENT + FROM_REPORT_PERCENT && !directReports.isEmpty()) {
      return pick(directReports);
    }
    UnitProfile unit = positions.get(person).unit();
    // The CEO has no unit; the unit heads are their closest colleagues.
    return pick(unit == null ? directReports : unitMembers.get(unit.code()));
  }

  private int pick(List<Integer> candidates) {
    return candidates.get(random.nextInt(candidates.size()));
  }
}
