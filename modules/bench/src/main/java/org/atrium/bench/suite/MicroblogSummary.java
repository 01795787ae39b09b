package org.atrium.bench.suite;

import java.util.Locale;
import org.atrium.bench.dataset.Microblog;
import org.atrium.bench.dataset.Tier;

/** The size of a tier's microblog, as the report states it. */
public record MicroblogSummary(
    Tier tier,
    int people,
    int spaces,
    long memberships,
    int posts,
    long replies,
    long inSpaces,
    long mentions,
    long tags,
    int hashtags,
    long follows,
    long tagFollows,
    long rows,
    double seconds) {

  static MicroblogSummary of(Tier tier, Microblog microblog, double seconds) {
    Tier.Microblog size = microblog.size();
    int people = microblog.usernames().size();
    return new MicroblogSummary(
        tier,
        people,
        size.spaces(),
        microblog.memberships(),
        size.posts(),
        microblog.replies(),
        microblog.inSpaces(),
        microblog.mentions(),
        microblog.tagsUsed(),
        microblog.tags().size(),
        (long) people * Math.min(size.followsEach(), people - 1),
        (long) people * Math.min(size.tagsEach(), microblog.tags().size()),
        microblog.rows(),
        seconds);
  }

  String describe() {
    return String.format(
        Locale.ROOT,
        "the tier's %,d people (seed %d), then %,d spaces (half public, a third private, the rest"
            + " secret) with %,d memberships; %,d posts, of which %,d replies and %,d in spaces,"
            + " with %,d mentions and %,d hashtags used (%,d distinct); %,d follows (%.0f a person)"
            + " and %,d hashtag follows (%.0f a person); %,d microblog rows %s",
        people,
        Tier.SEED,
        spaces,
        memberships,
        posts,
        replies,
        inSpaces,
        mentions,
        tags,
        hashtags,
        follows,
        follows / (double) people,
        tagFollows,
        tagFollows / (double) people,
        rows,
        Double.isNaN(seconds)
            ? "loaded by an earlier run and reused (with the posts earlier runs added)"
            : String.format(Locale.ROOT, "generated and loaded in %.1f s", seconds));
  }
}
