package org.atrium.wiki;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import com.github.difflib.text.DiffRowGenerator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Differences between two page bodies, line by line, as a unified diff (text) and as an HTML table
 * of old and new lines with the changed words marked by {@code <del>} and {@code <ins>}.
 */
public final class WikiDiff {

  private static final int CONTEXT_LINES = 3;

  /*
   * The generator marks changed words in the raw text with private-use characters; each line is
   * then HTML-escaped whole and the marks become tags. (Escaping before diffing, the library's
   * default, splits entities such as &lt; across marks.)
   */
  private static final char DEL_START = '\uE000';
  private static final char DEL_END = '\uE001';
  private static final char INS_START = '\uE002';
  private static final char INS_END = '\uE003';
  private static final DiffRowGenerator ROWS =
      DiffRowGenerator.create()
          .showInlineDiffs(true)
          .inlineDiffByWord(true)
          .lineNormalizer(Function.identity())
          .oldTag(start -> String.valueOf(start ? DEL_START : DEL_END))
          .newTag(start -> String.valueOf(start ? INS_START : INS_END))
          .build();

  private WikiDiff() {}

  /**
   * {@code from} → {@code to} as a unified diff whose file names are {@code fromName} and {@code
   * toName}; empty when the bodies are the same.
   */
  public static String unified(String fromName, String from, String toName, String to) {
    List<String> original = lines(from);
    Patch<String> patch = DiffUtils.diff(original, lines(to));
    if (patch.getDeltas().isEmpty()) {
      return "";
    }
    return String.join(
            "\n",
            UnifiedDiffUtils.generateUnifiedDiff(fromName, toName, original, patch, CONTEXT_LINES))
        + "\n";
  }

  /** {@code from} → {@code to} as a two-column table, one row per line. */
  public static String html(String from, String to) {
    return table(rows(from, to));
  }

  /** Diff lines as the two-column table of {@link #html}. */
  public static String table(List<DiffLine> rows) {
    StringBuilder html = new StringBuilder("<table class=\"diff\">\n<tbody>\n");
    for (DiffLine row : rows) {
      html.append("<tr class=\"")
          .append(row.kind())
          .append("\"><td class=\"old\">")
          .append(row.oldHtml())
          .append("</td><td class=\"new\">")
          .append(row.newHtml())
          .append("</td></tr>\n");
    }
    return html.append("</tbody>\n</table>").toString();
  }

  /** {@code from} → {@code to} line by line, for pages that lay the table out themselves. */
  public static List<DiffLine> rows(String from, String to) {
    return ROWS.generateDiffRows(lines(unmarked(from)), lines(unmarked(to))).stream()
        .map(
            row ->
                new DiffLine(
                    row.getTag().name().toLowerCase(Locale.ROOT),
                    toHtml(row.getOldLine()),
                    toHtml(row.getNewLine())))
        .toList();
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : text.lines().toList();
  }

  /** The text without the characters used as marks, so a body cannot fake one. */
  private static String unmarked(String text) {
    return text.replaceAll("[\\uE000-\\uE003]", "");
  }

  private static String toHtml(String marked) {
    StringBuilder html = new StringBuilder(marked.length() + 16);
    for (char c : marked.toCharArray()) {
      switch (c) {
        case DEL_START -> html.append("<del>");
        case DEL_END -> html.append("</del>");
        case INS_START -> html.append("<ins>");
        case INS_END -> html.append("</ins>");
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
    return html.toString();
  }
}
