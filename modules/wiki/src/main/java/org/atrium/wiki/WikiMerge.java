package org.atrium.wiki;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A three-way merge of page bodies: the editor's version and the current one, both changed from the
 * revision the editor started from. Changes to different lines are both kept; where both changed
 * the same lines differently, both versions stay in the text between labelled conflict markers, so
 * nothing either side wrote is dropped.
 */
public final class WikiMerge {

  static final String YOURS_MARKER = "<<<<<<< your version";
  static final String SEPARATOR = "=======";
  static final String THEIRS_MARKER = ">>>>>>> revision ";

  /** The merged text and how many places both sides changed differently (0: merged cleanly). */
  public record Result(String text, int conflicts) {
    public boolean clean() {
      return conflicts == 0;
    }
  }

  private WikiMerge() {}

  /** Merges {@code yours} and {@code theirs} (revision {@code theirRevision}) over {@code base}. */
  public static Result merge(String base, String yours, String theirs, int theirRevision) {
    List<String> original = lines(base);
    List<Change> changes = new ArrayList<>();
    DiffUtils.diff(original, lines(yours)).getDeltas().forEach(d -> changes.add(Change.of(d, 0)));
    DiffUtils.diff(original, lines(theirs)).getDeltas().forEach(d -> changes.add(Change.of(d, 1)));
    changes.sort(Comparator.comparingInt(Change::start).thenComparingInt(Change::end));

    List<String> merged = new ArrayList<>();
    int conflicts = 0;
    int position = 0;
    int i = 0;
    while (i < changes.size()) {
      List<Change> group = new ArrayList<>(List.of(changes.get(i++)));
      int start = group.getFirst().start();
      int end = group.getFirst().end();
      while (i < changes.size() && changes.get(i).overlaps(start, end)) {
        Change next = changes.get(i++);
        group.add(next);
        end = Math.max(end, next.end());
      }
      merged.addAll(original.subList(position, start));
      List<String> mine = side(original, group, 0, start, end);
      List<String> other = side(original, group, 1, start, end);
      boolean bothChanged = group.stream().map(Change::side).distinct().count() == 2;
      if (!bothChanged) {
        merged.addAll(group.getFirst().side() == 0 ? mine : other);
      } else if (mine.equals(other)) {
        merged.addAll(mine);
      } else {
        conflicts++;
        merged.add(YOURS_MARKER);
        merged.addAll(mine);
        merged.add(SEPARATOR);
        merged.addAll(other);
        merged.add(THEIRS_MARKER + theirRevision);
      }
      position = end;
    }
    merged.addAll(original.subList(position, original.size()));
    String text = String.join("\n", merged);
    return new Result(
        !text.isEmpty() && (yours.endsWith("\n") || theirs.endsWith("\n")) ? text + "\n" : text,
        conflicts);
  }

  /** Lines {@code start..end} of the base as one side changed them. */
  private static List<String> side(
      List<String> original, List<Change> group, int side, int start, int end) {
    List<String> result = new ArrayList<>();
    int position = start;
    for (Change change : group) {
      if (change.side() != side) {
        continue;
      }
      result.addAll(original.subList(position, change.start()));
      result.addAll(change.lines());
      position = change.end();
    }
    result.addAll(original.subList(position, end));
    return result;
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : text.lines().toList();
  }

  /** One side's replacement of base lines {@code start..end} (exclusive) by {@code lines}. */
  private record Change(int side, int start, int end, List<String> lines) {

    static Change of(AbstractDelta<String> delta, int side) {
      int start = delta.getSource().getPosition();
      return new Change(
          side, start, start + delta.getSource().size(), delta.getTarget().getLines());
    }

    /**
     * Whether this change touches base lines {@code start..end}: they share a line, or one of them
     * inserts exactly where the other begins or ends, so their order would be a guess.
     */
    boolean overlaps(int groupStart, int groupEnd) {
      if (this.start < groupEnd && groupStart < this.end) {
        return true;
      }
      boolean eitherInserts = this.start == this.end || groupStart == groupEnd;
      return eitherInserts && (this.start == groupEnd || this.start == groupStart);
    }
  }
}
