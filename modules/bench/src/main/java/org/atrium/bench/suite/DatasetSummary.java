package org.atrium.bench.suite;

import java.util.Locale;
import org.atrium.bench.dataset.Dataset;
import org.atrium.bench.dataset.Tier;
import org.atrium.people.OrgSeed;

/** The size of a tier's data, as the report states it. */
public record DatasetSummary(
    Tier tier,
    int people,
    int units,
    int locations,
    int skills,
    long skillsHeld,
    long endorsements,
    long rows) {

  static DatasetSummary of(Dataset dataset) {
    OrgSeed org = dataset.people().org();
    return new DatasetSummary(
        dataset.tier(),
        org.people().size(),
        org.units().size(),
        org.locations().size(),
        org.skills().size(),
        org.people().stream().mapToLong(p -> p.skills().size()).sum(),
        org.endorsements().size(),
        dataset.rows());
  }

  String describe() {
    return String.format(
        Locale.ROOT,
        "%,d people (seed %d, %s breadth) in %d business units and %d locations; %,d skills in the"
            + " taxonomy; %,d skills held (%.1f a person); %,d endorsements (%.1f a person);"
            + " %,d rows loaded",
        people,
        Tier.SEED,
        tier.breadth().name().toLowerCase(Locale.ROOT),
        units,
        locations,
        skills,
        skillsHeld,
        skillsHeld / (double) people,
        endorsements,
        endorsements / (double) people,
        rows);
  }
}
