package org.atrium.people.store;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The folded form names and skills are matched and sorted by: lower case without accents, so "José"
 * is found by "jose" and sorts beside "Jose".
 */
final class SearchKeys {

  private SearchKeys() {}

  static String of(String text) {
    String decomposed = Normalizer.normalize(text.trim(), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  /** A LIKE pattern matching {@code text} anywhere, with LIKE's wildcards escaped. */
  static String contains(String text) {
    return "%" + escape(of(text)) + "%";
  }

  /** A LIKE pattern matching values that start with {@code text}. */
  static String prefix(String text) {
    return escape(of(text)) + "%";
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
