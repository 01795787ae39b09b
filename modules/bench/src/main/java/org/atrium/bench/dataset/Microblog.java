package org.atrium.bench.dataset;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.atrium.people.OrgSeed.PersonSeed;
import org.atrium.platform.db.Tx;
import org.atrium.spaces.SpaceKind;
import org.atrium.spaces.SpaceRole;
import org.atrium.spaces.SpaceVisibility;
import org.atrium.spaces.store.SpaceBulkLoader;
import org.atrium.spaces.store.SpaceBulkLoader.MemberSeed;
import org.atrium.spaces.store.SpaceBulkLoader.SpaceSeed;
import org.atrium.stream.store.StreamBulkLoader;
import org.atrium.stream.store.StreamBulkLoader.FollowSeed;
import org.atrium.stream.store.StreamBulkLoader.StatusSeed;
import org.atrium.stream.store.StreamBulkLoader.TagFollowSeed;
import org.atrium.webapp.Services;

/**
 * The microblog part: spaces (half public, a third private, the rest secret) with their members,
 * posts (a third in spaces, a fifth replies, some with a mention or hashtags), and each person
 * following about {@link Tier.Microblog#followsEach} people and {@link Tier.Microblog#tagsEach}
 * hashtags. Who posts and who is followed is skewed, as in real networks: a few people post and are
 * followed far more than most. Everything is decided here from {@link Tier#SEED}, in compact
 * arrays; the texts are spelled out while loading, deterministically, through the spaces' and the
 * stream's bulk loaders in transactions of a few thousand rows.
 *
 * <p>People are referred to by their index among the tier's employees, spaces by their index.
 */
public final class Microblog implements GeneratedPart {

  /** The part that generates the microblog; needs the people part. */
  public static final DatasetPart PART =
      new DatasetPart() {
        @Override
        public String name() {
          return "microblog";
        }

        @Override
        public GeneratedPart generate(Tier tier, Dataset before) {
          return new Microblog(tier, before.people());
        }
      };

  /** Posts span the year before this instant, oldest first, so ids and times agree. */
  static final Instant LAST_POST = Instant.parse("2026-11-01T09:00:00Z");

  private static final Duration SPAN = Duration.ofDays(365);

  /**
   * Rows per transaction. H2 writes every page a commit touched anew, so small transactions over
   * indexes that take inserts all over (by author, by space) would rewrite most of them each time.
   */
  private static final int CHUNK = 25_000;

  private static final int NONE = -1;

  private static final String[] TOPICS = {
    "release",
    "roadmap",
    "security",
    "kubernetes",
    "onboarding",
    "hiring",
    "quarterly",
    "customer",
    "design",
    "accessibility",
    "java",
    "python",
    "data",
    "analytics",
    "marketing",
    "sales",
    "finance",
    "legal",
    "wellbeing",
    "travel",
    "offsite",
    "hackathon",
    "devops",
    "testing",
    "performance",
    "mobile",
    "cloud",
    "api",
    "search",
    "support",
    "sustainability",
    "diversity",
    "learning",
    "mentoring",
    "product",
    "ux",
    "research",
    "ops",
    "incident",
    "postmortem",
    "architecture",
    "frontend",
    "backend",
    "ml",
    "ai",
    "privacy",
    "compliance",
    "budget",
    "planning",
    "kudos"
  };
  private static final String[] OPENERS = {
    "Quick update on", "Does anyone know about", "Great session today on", "Looking for help with",
    "Notes from the meeting about", "We just shipped", "Reminder: review", "Thoughts on",
    "Proud of the team for", "Lessons learned from"
  };
  private static final String[] SUBJECTS = {
    "the migration plan", "our onboarding checklist", "the new dashboard", "next quarter's goals",
    "the customer workshop", "the build pipeline", "the on-call rota", "the office move",
    "the pricing page", "the partner programme", "the style guide", "the data warehouse"
  };

  private final Tier tier;
  private final List<String> usernames;
  private final String[] tags;
  private final SpacePlan[] spaces;
  private final int[] author;
  private final int[] space;
  private final int[] parent;
  private final int[] root;
  private final int[] replies;
  private final int[] mention;
  private final short[] tagA;
  private final short[] tagB;
  private final long mentions;
  private final long tagged;

  /** A space to be: its visibility and kind, and its members by person index, owner first. */
  private record SpacePlan(SpaceVisibility visibility, SpaceKind kind, int[] members) {}

  private Microblog(Tier tier, People people) {
    this.tier = tier;
    Tier.Microblog size = tier.microblog();
    List<PersonSeed> employees = people.org().people().subList(0, tier.people());
    this.usernames = employees.stream().map(PersonSeed::username).toList();
    int n = usernames.size();
    SplittableRandom random = new SplittableRandom(Tier.SEED ^ 0x6d6963726fL);
    this.tags = tagNames(Math.max(TOPICS.length, size.spaces() / 4));
    this.spaces = new SpacePlan[size.spaces()];
    List<List<Integer>> spacesOf = new ArrayList<>(n);
    for (int p = 0; p < n; p++) {
      spacesOf.add(new ArrayList<>(2));
    }
    for (int s = 0; s < spaces.length; s++) {
      spaces[s] = planSpace(random, n);
      for (int member : spaces[s].members()) {
        spacesOf.get(member).add(s);
      }
    }
    int posts = size.posts();
    author = new int[posts];
    space = new int[posts];
    parent = new int[posts];
    root = new int[posts];
    replies = new int[posts];
    mention = new int[posts];
    tagA = new short[posts];
    tagB = new short[posts];
    long mentionCount = 0;
    long tagCount = 0;
    for (int i = 0; i < posts; i++) {
      int who = skewed(random, n);
      int where = NONE;
      int replyTo = NONE;
      if (i > 0 && random.nextInt(5) == 0) {
        replyTo = i - 1 - random.nextInt(Math.min(i, 2_000));
        where = space[replyTo];
        if (where != NONE) {
          int[] members = spaces[where].members();
          who = members[random.nextInt(members.length)];
        }
      } else if (!spacesOf.get(who).isEmpty() && random.nextInt(3) == 0) {
        List<Integer> mine = spacesOf.get(who);
        where = mine.get(random.nextInt(mine.size()));
      }
      author[i] = who;
      space[i] = where;
      parent[i] = replyTo;
      root[i] = replyTo == NONE ? i : root[replyTo];
      if (replyTo != NONE) {
        replies[replyTo]++;
      }
      mention[i] = NONE;
      if (random.nextInt(7) == 0) {
        mention[i] =
            where == NONE
                ? random.nextInt(n)
                : spaces[where].members()[random.nextInt(spaces[where].members().length)];
        if (mention[i] != who) {
          mentionCount++;
        } else {
          mention[i] = NONE;
        }
      }
      tagA[i] = (short) NONE;
      tagB[i] = (short) NONE;
      int t = random.nextInt(10);
      if (t < 5) {
        tagA[i] = (short) zipf(random, tags.length);
        tagCount++;
        if (t == 0) {
          short second = (short) zipf(random, tags.length);
          if (second != tagA[i]) {
            tagB[i] = second;
            tagCount++;
          }
        }
      }
    }
    this.mentions = mentionCount;
    this.tagged = tagCount;
  }

  public Tier.Microblog size() {
    return tier.microblog();
  }

  /** How many memberships the spaces have in all. */
  public long memberships() {
    long members = 0;
    for (SpacePlan s : spaces) {
      members += s.members().length;
    }
    return members;
  }

  public long mentions() {
    return mentions;
  }

  public long tagsUsed() {
    return tagged;
  }

  /** How many posts are replies, and how many are in spaces. */
  public long replies() {
    long count = 0;
    for (int p : parent) {
      count += p == NONE ? 0 : 1;
    }
    return count;
  }

  public long inSpaces() {
    long count = 0;
    for (int s : space) {
      count += s == NONE ? 0 : 1;
    }
    return count;
  }

  /** The usernames of the people (by employee index) who wrote the most posts, most first. */
  public List<String> mostProlific(int count) {
    int[] posted = new int[usernames.size()];
    for (int a : author) {
      posted[a]++;
    }
    return java.util.stream.IntStream.range(0, posted.length)
        .boxed()
        .sorted((a, b) -> Integer.compare(posted[b], posted[a]))
        .limit(count)
        .map(usernames::get)
        .toList();
  }

  /** The tier's employees, by index. */
  public List<String> usernames() {
    return usernames;
  }

  /** The hashtags in use, most used first. */
  public List<String> tags() {
    return List.of(tags);
  }

  @Override
  public long rows() {
    long follows = (long) usernames.size() * followsEach();
    long tagFollows = (long) usernames.size() * tagsEach();
    return spaces.length + memberships() + author.length + mentions + tagged + follows + tagFollows;
  }

  @Override
  public void load(Services services, LongConsumer rowsWritten) {
    Tx tx = services.tx();
    Map<String, Long> ids = personIds(tx);
    long[] personId = usernames.stream().mapToLong(ids::get).toArray();
    // Every reference in the generated rows points at a row loaded before it, by construction, so
    // H2 is spared millions of foreign key look-ups while loading; it checks writes again after.
    referentialIntegrity(tx, false);
    try {
      loadSpaces(tx, personId, rowsWritten);
      loadStatuses(tx, personId, rowsWritten);
      loadFollows(tx, personId, rowsWritten);
    } finally {
      referentialIntegrity(tx, true);
    }
  }

  private static void referentialIntegrity(Tx tx, boolean on) {
    tx.write(
        () ->
            tx.session()
                .doWork(
                    connection -> {
                      try (var statement = connection.createStatement()) {
                        statement.execute("set referential_integrity " + on);
                      }
                    }));
  }

  private void loadSpaces(Tx tx, long[] personId, LongConsumer rowsWritten) {
    SpaceBulkLoader loader = new SpaceBulkLoader(tx);
    Instant since = LAST_POST.minus(SPAN);
    List<SpaceSeed> seeds = new ArrayList<>(spaces.length);
    List<MemberSeed> members = new ArrayList<>();
    for (int s = 0; s < spaces.length; s++) {
      SpacePlan plan = spaces[s];
      long id = s + 1;
      seeds.add(
          new SpaceSeed(
              id,
              String.format(java.util.Locale.ROOT, "%s-%04d", plan.kind().code(), s + 1),
              (plan.kind() == SpaceKind.PROJECT ? "Project " : "Community ")
                  + TOPICS[s % TOPICS.length]
                  + " "
                  + (s + 1),
              "A " + plan.visibility().code() + " " + plan.kind().code() + " space.",
              plan.visibility(),
              plan.kind(),
              personId[plan.members()[0]],
              since));
      int[] m = plan.members();
      for (int k = 0; k < m.length; k++) {
        SpaceRole role = k == 0 || k % 20 == 1 ? SpaceRole.OWNER : SpaceRole.MEMBER;
        members.add(new MemberSeed(id, personId[m[k]], role, since));
      }
    }
    tx.write(
        () -> {
          loader.spaces(seeds);
          loader.members(members);
          loader.finish();
        });
    rowsWritten.accept(seeds.size() + members.size());
  }

  private void loadStatuses(Tx tx, long[] personId, LongConsumer rowsWritten) {
    StreamBulkLoader loader = new StreamBulkLoader(tx);
    long step = SPAN.toMillis() / Math.max(1, author.length);
    Instant first = LAST_POST.minus(SPAN);
    List<StatusSeed> chunk = new ArrayList<>(CHUNK);
    for (int i = 0; i < author.length; i++) {
      List<Long> mentioned = mention[i] == NONE ? List.of() : List.of(personId[mention[i]]);
      List<String> used = new ArrayList<>(2);
      if (tagA[i] != NONE) {
        used.add(tags[tagA[i]]);
      }
      if (tagB[i] != NONE) {
        used.add(tags[tagB[i]]);
      }
      String text = text(i, used);
      chunk.add(
          new StatusSeed(
              i + 1L,
              personId[author[i]],
              space[i] == NONE ? null : space[i] + 1L,
              parent[i] == NONE ? null : parent[i] + 1L,
              root[i] + 1L,
              text,
              html(text, used),
              replies[i],
              first.plusMillis(step * i),
              mentioned,
              used));
      if (chunk.size() == CHUNK || i == author.length - 1) {
        List<StatusSeed> batch = chunk;
        rowsWritten.accept(tx.write(() -> loader.statuses(batch)));
        chunk = new ArrayList<>(CHUNK);
      }
    }
    tx.write(
        () -> {
          loader.finish();
          return null;
        });
  }

  private void loadFollows(Tx tx, long[] personId, LongConsumer rowsWritten) {
    StreamBulkLoader loader = new StreamBulkLoader(tx);
    SplittableRandom random = new SplittableRandom(Tier.SEED ^ 0x666f6c6c6f77L);
    int n = personId.length;
    int each = followsEach();
    List<FollowSeed> follows = new ArrayList<>(4 * CHUNK + each);
    List<TagFollowSeed> tagFollows = new ArrayList<>(CHUNK + tagsEach());
    Set<Integer> chosen = new HashSet<>();
    for (int p = 0; p < n; p++) {
      chosen.clear();
      chosen.add(p);
      while (chosen.size() <= each) {
        // Half of everyone's follows go to the people who post most, half anywhere.
        int followee = random.nextBoolean() ? skewed(random, n) : random.nextInt(n);
        if (chosen.add(followee)) {
          follows.add(new FollowSeed(personId[p], personId[followee]));
        }
      }
      Set<Integer> tagsChosen = new HashSet<>();
      while (tagsChosen.size() < tagsEach()) {
        int tag = zipf(random, tags.length);
        if (tagsChosen.add(tag)) {
          tagFollows.add(new TagFollowSeed(personId[p], tags[tag]));
        }
      }
      if (follows.size() >= 4 * CHUNK || p == n - 1) {
        List<FollowSeed> batch = follows;
        List<TagFollowSeed> tagBatch = tagFollows;
        tx.write(
            () -> {
              loader.follows(batch, LAST_POST.minus(SPAN));
              loader.tagFollows(tagBatch, LAST_POST.minus(SPAN));
            });
        rowsWritten.accept(batch.size() + tagBatch.size());
        follows = new ArrayList<>(4 * CHUNK + each);
        tagFollows = new ArrayList<>(CHUNK + tagsEach());
      }
    }
  }

  private int followsEach() {
    return Math.min(tier.microblog().followsEach(), usernames.size() - 1);
  }

  private int tagsEach() {
    return Math.min(tier.microblog().tagsEach(), tags.length);
  }

  private static Map<String, Long> personIds(Tx tx) {
    Map<String, Long> ids = new HashMap<>();
    tx.read(
            () ->
                tx.session()
                    .createNativeQuery("select username, id from person", Object[].class)
                    .getResultList())
        .forEach(r -> ids.put((String) r[0], ((Number) r[1]).longValue()));
    return ids;
  }

  /**
   * Projects have 4 to 40 members, communities 20 to 600; two spaces in five are communities' size
   * or bigger, so that a person belongs to a couple of spaces on average.
   */
  private static SpacePlan planSpace(SplittableRandom random, int people) {
    double v = random.nextDouble();
    SpaceVisibility visibility =
        v < 0.5
            ? SpaceVisibility.PUBLIC
            : v < 0.85 ? SpaceVisibility.PRIVATE : SpaceVisibility.SECRET;
    SpaceKind kind = random.nextInt(5) == 0 ? SpaceKind.COMMUNITY : SpaceKind.PROJECT;
    int size =
        kind == SpaceKind.PROJECT
            ? 4 + random.nextInt(37)
            : 20 + (int) (580 * Math.pow(random.nextDouble(), 3));
    size = Math.min(size, people);
    Set<Integer> members = new java.util.LinkedHashSet<>();
    while (members.size() < size) {
      members.add(random.nextInt(people));
    }
    return new SpacePlan(visibility, kind, members.stream().mapToInt(Integer::intValue).toArray());
  }

  /** A person index skewed towards a few: the same few post most and are followed most. */
  private static int skewed(SplittableRandom random, int n) {
    int rank = (int) (n * Math.pow(random.nextDouble(), 2));
    // Spread the ranks over the directory, so that prolific people are not all managers.
    return (int) ((rank * 7_919L + 13) % n);
  }

  /** A rank in {@code [0, n)}, low ranks likelier: a few hashtags are everywhere. */
  private static int zipf(SplittableRandom random, int n) {
    return (int) (n * Math.pow(random.nextDouble(), 2));
  }

  private static String[] tagNames(int count) {
    String[] names = new String[count];
    for (int i = 0; i < count; i++) {
      names[i] = i < TOPICS.length ? TOPICS[i] : TOPICS[i % TOPICS.length] + (i / TOPICS.length);
    }
    return names;
  }

  private String text(int i, List<String> used) {
    StringBuilder text =
        new StringBuilder(OPENERS[i % OPENERS.length])
            .append(' ')
            .append(SUBJECTS[(i / OPENERS.length) % SUBJECTS.length]);
    if (mention[i] != NONE) {
      text.append(", @").append(usernames.get(mention[i])).append(" can you take a look?");
    } else {
      text.append('.');
    }
    if (i % 3 == 0) {
      text.append(" Details are in the shared notes; comments welcome until Friday.");
    }
    for (String tag : used) {
      text.append(" #").append(tag);
    }
    return text.toString();
  }

  /** The HTML {@code StatusText.render} makes of such a text: a paragraph with its links. */
  private String html(String text, List<String> used) {
    String html = text;
    for (String tag : used) {
      html =
          html.replace(
              "#" + tag,
              "<a href=\"/tags/"
                  + tag
                  + "\" class=\"hashtag\" rel=\"nofollow noopener"
                  + " noreferrer\">#"
                  + tag
                  + "</a>");
    }
    int at = html.indexOf(" @");
    if (at >= 0) {
      int end = html.indexOf(' ', at + 2);
      String username = html.substring(at + 2, end);
      html =
          html.substring(0, at + 1)
              + "<a href=\"/people/"
              + username
              + "\" class=\"mention\" rel=\"nofollow noopener"
              + " noreferrer\">@"
              + username
              + "</a>"
              + html.substring(end);
    }
    return "<p>" + html + "</p>";
  }
}
