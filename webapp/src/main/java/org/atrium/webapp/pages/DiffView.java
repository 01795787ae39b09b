package org.atrium.webapp.pages;

import java.util.List;
import org.atrium.wiki.DiffLine;

/**
 * A line of a diff as the pages lay it out: a symbol and a word for what happened to it, so that
 * the change never rests on colour alone, and the old and new line with changed words marked.
 */
record DiffView(String kind, String symbol, String label, String oldHtml, String newHtml) {

  static List<DiffView> of(List<DiffLine> lines, Templates t) {
    return lines.stream()
        .map(
            line ->
                new DiffView(
                    line.kind(),
                    t.text("diff_symbol_" + line.kind()),
                    t.text("diff_kind_" + line.kind()),
                    line.oldHtml(),
                    line.newHtml()))
        .toList();
  }

  /** Whether anything changed at all. */
  static boolean anyChange(List<DiffLine> lines) {
    return lines.stream().anyMatch(line -> !line.kind().equals("equal"));
  }
}
