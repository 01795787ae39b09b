package org.atrium.bench.dataset;

import java.util.function.LongConsumer;
import org.atrium.people.OrgSeed;
import org.atrium.people.demo.DemoOrganisation;
import org.atrium.people.store.BulkLoader;
import org.atrium.webapp.Services;

/**
 * The people part: the generated organisation, written through {@code OrgLoader}, the documented
 * bulk path that the demo start-up uses too. Every person is a demo account (password {@code demo})
 * so that the load driver can sign in as anyone.
 */
public record People(OrgSeed org) implements GeneratedPart {

  /** The part that generates people; always the first. */
  public static final DatasetPart PART =
      new DatasetPart() {
        @Override
        public String name() {
          return "people";
        }

        @Override
        public GeneratedPart generate(Tier tier, Dataset before) {
          return new People(DemoOrganisation.generate(Tier.SEED, tier.people(), tier.breadth()));
        }
      };

  @Override
  public long rows() {
    return BulkLoader.rowCount(org);
  }

  @Override
  public void load(Services services, LongConsumer rowsWritten) {
    if (!services.orgLoader().loadIfEmpty(org, true, rowsWritten)) {
      throw new IllegalStateException("the directory is not empty; load a tier into a fresh one");
    }
  }
}
