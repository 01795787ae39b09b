package org.atrium.bench.suite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.atrium.bench.dataset.Dataset;
import org.atrium.bench.dataset.Tier;
import org.atrium.people.OrgSeed.PersonSeed;

/**
 * What the clients ask for, drawn once from the tier so that Atrium and its baselines get exactly
 * the same requests: people to look up (any employee, equally likely), skills to filter by (as
 * often as people hold them, so popular skills come up more) and who each client signs in as.
 */
record Inputs(List<String> usernames, List<String> skills, List<String> clients) {

  private static final int SAMPLES = 2_000;

  static Inputs of(Dataset dataset, int clients) {
    List<PersonSeed> employees =
        dataset.people().org().people().subList(0, dataset.tier().people());
    SplittableRandom random = new SplittableRandom(Tier.SEED);
    List<String> usernames = new ArrayList<>(SAMPLES);
    List<String> skills = new ArrayList<>(SAMPLES);
    for (int i = 0; i < SAMPLES; i++) {
      usernames.add(employees.get(random.nextInt(employees.size())).username());
      List<String> held =
          List.copyOf(employees.get(random.nextInt(employees.size())).skills().keySet());
      skills.add(held.get(random.nextInt(held.size())));
    }
    Set<String> signedIn = new LinkedHashSet<>();
    while (signedIn.size() < Math.min(clients, employees.size())) {
      signedIn.add(employees.get(random.nextInt(employees.size())).username());
    }
    List<String> identities = new ArrayList<>(signedIn);
    while (identities.size() < clients) {
      identities.add(identities.get(identities.size() % signedIn.size()));
    }
    return new Inputs(List.copyOf(usernames), List.copyOf(skills), List.copyOf(identities));
  }

  /** Where client {@code index} starts in an input list, so that clients ask different things. */
  static int startOf(int index) {
    return index * 7_919;
  }
}
