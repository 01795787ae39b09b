package org.atrium.bench.dataset;

import org.atrium.people.demo.OrgBreadth;
import org.atrium.webapp.Atrium;

/**
 * A size of dataset to benchmark against. Every tier is deterministic for {@link #SEED}; {@code
 * small} is exactly the demo organisation {@code ./atrium run} loads. Later capabilities add their
 * own counts here (spaces, posts, wiki pages, questions) and a {@link DatasetPart} that uses them.
 */
public enum Tier {
  /** Just big enough for the smoke test to exercise every step in seconds. */
  TINY(60, OrgBreadth.STANDARD, new Microblog(6, 1_200, 10, 3)),
  /** The demo organisation, with a microblog in proportion to the large tier's. */
  SMALL(2_000, OrgBreadth.STANDARD, new Microblog(80, 40_000, 100, 5)),
  /** A large company: twelve business units, forty offices, over 600 skills. */
  LARGE(50_000, OrgBreadth.ENTERPRISE, new Microblog(2_000, 1_000_000, 100, 5));

  /**
   * The size of a tier's microblog: spaces, posts (replies included), and how many people and
   * hashtags each person follows.
   */
  public record Microblog(int spaces, int posts, int followsEach, int tagsEach) {}

  /** The demo's seed, so that the small tier is the demo organisation. */
  public static final long SEED = Atrium.DEMO_SEED;

  private final int people;
  private final OrgBreadth breadth;
  private final Microblog microblog;

  Tier(int people, OrgBreadth breadth, Microblog microblog) {
    this.people = people;
    this.breadth = breadth;
    this.microblog = microblog;
  }

  /** Employees, not counting the three special demo accounts. */
  public int people() {
    return people;
  }

  public OrgBreadth breadth() {
    return breadth;
  }

  public Microblog microblog() {
    return microblog;
  }

  /** The name used on the command line and in reports. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
