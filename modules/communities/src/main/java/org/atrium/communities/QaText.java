package org.atrium.communities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.atrium.platform.error.Validator;
import org.atrium.wiki.WikiText;

/**
 * The text rules of Q&amp;A. Bodies are Markdown rendered exactly like wiki pages (the same
 * CommonMark setup and sanitising allow-list, so {@code [[page]]} links into the community's wiki);
 * tags are short lower-case words; titles are split into words to find similar questions and
 * experts.
 */
public final class QaText {

  static final int MAX_TITLE = 200;
  static final int MAX_BODY = 20_000;
  static final int MAX_COMMENT = 2_000;
  static final int MAX_TAGS = 5;
  private static final Pattern TAG = Pattern.compile("^[a-z0-9][a-z0-9+#.-]{0,63}$");
  private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}+#]+");
  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "and", "are", "can", "do", "does", "for", "from", "how", "i", "in", "is", "it",
          "my", "of", "on", "or", "the", "to", "we", "what", "when", "where", "which", "who", "why",
          "with", "you", "should", "there", "this", "that", "best", "way", "use", "using");

  private QaText() {}

  /** Safe HTML for a question's or an answer's Markdown, with wiki links into {@code space}. */
  public static String html(String space, String markdown) {
    return WikiText.render(space, markdown);
  }

  /** The meaningful lower-case words of {@code text}, in order, without repeats. */
  public static List<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    if (text != null) {
      for (String word : WORD_SPLIT.split(text.toLowerCase(Locale.ROOT))) {
        if (word.length() >= 2 && !STOP_WORDS.contains(word)) {
          words.add(word);
        }
      }
    }
    return new ArrayList<>(words);
  }

  /** Checks a question and returns it trimmed, its tags lower-cased without repeats. */
  static QuestionDraft validated(QuestionDraft draft) {
    Validator v = new Validator();
    v.required("title", draft.title()).maxLength("title", draft.title(), MAX_TITLE);
    v.check(draft.body() != null, "body", "is required (it may be empty)");
    v.maxLength("body", draft.body(), MAX_BODY);
    List<String> tags = tags(v, draft.tags());
    v.validate();
    return new QuestionDraft(draft.title().strip(), draft.body(), tags);
  }

  static String validatedBody(String field, String body, int max) {
    Validator v = new Validator();
    v.required(field, body).maxLength(field, body, max);
    v.validate();
    return body.strip();
  }

  private static List<String> tags(Validator v, List<String> given) {
    if (given == null) {
      return List.of();
    }
    Set<String> tags = new LinkedHashSet<>();
    for (String tag : given) {
      String clean = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT).replaceFirst("^#", "");
      if (!TAG.matcher(clean).matches()) {
        v.check(false, "tags", "use letters, digits and + # . - (up to 64), not '" + tag + "'");
        return List.of();
      }
      tags.add(clean);
    }
    v.check(tags.size() <= MAX_TAGS, "tags", "at most " + MAX_TAGS + " tags");
    return List.copyOf(tags);
  }
}
