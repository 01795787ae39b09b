package org.atrium.people.demo;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hands out unique ASCII {@code first.last} usernames, numbering repeats ({@code anna.schmidt2}).
 */
final class Usernames {

  /** The special demo accounts' usernames, which nobody else may get. */
  static final Set<String> RESERVED = Set.of("admin", "hr", "partner");

  private static final String EMAIL_DOMAIN = "atrium.example";

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

  private final Set<String> taken = new HashSet<>(RESERVED);
  private final Map<String, Integer> timesClaimed = new HashMap<>();

  String claim(String givenName, String familyName) {
    String base = ascii(givenName) + "." + ascii(familyName);
    String candidate = base;
    while (!taken.add(candidate)) {
      candidate = base + timesClaimed.merge(base, 2, (count, start) -> count + 1);
    }
    return candidate;
  }

  static String email(String username) {
    return username + "@" + EMAIL_DOMAIN;
  }

  /** Lower-case ASCII letters and digits only: accents dropped, punctuation and spaces removed. */
  static String ascii(String name) {
    String lower = transliterate(name.toLowerCase(Locale.ROOT));
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    String unaccented = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    return NOT_ALPHANUMERIC.matcher(unaccented).replaceAll("");
  }

  /**
   * Letters that are not a base letter plus an accent, so decomposition leaves them as they are.
   */
  private static String transliterate(String name) {
    StringBuilder out = new StringBuilder(name.length() + 2);
    for (char c : name.toCharArray()) {
      switch (c) {
        case 'ø' -> out.append('o');
        case 'æ' -> out.append("ae");
        case 'œ' -> out.append("oe");
        case 'ß' -> out.append("ss");
        case 'ł' -> out.append('l');
        case 'ı' -> out.append('i');
        case 'đ', 'ð' -> out.append('d');
        case 'þ' -> out.append("th");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
