package org.atrium.webapp.pages;

import java.util.List;
import java.util.Map;

/**
 * A refused form's errors: one message per field for the inline errors, and a summary above the
 * form linking to each field.
 *
 * @param byField messages by field name, for the inline errors
 * @param heading the summary's heading ("There is a problem with 1 field")
 */
record FormErrors(Map<String, String> byField, List<Item> summary, String heading) {

  /** An entry of the summary, linking to its field. */
  record Item(String field, String label, String message) {}

  static final FormErrors NONE = new FormErrors(Map.of(), List.of(), null);

  /**
   * The errors of {@code messages}, with labels from the bundle keys {@code labelPrefix + field}.
   */
  static FormErrors of(Map<String, String> messages, String labelPrefix, Templates t) {
    if (messages.isEmpty()) {
      return NONE;
    }
    List<Item> summary =
        messages.entrySet().stream()
            .map(
                e ->
                    new Item(
                        e.getKey(), label(labelPrefix + e.getKey(), e.getKey(), t), e.getValue()))
            .toList();
    return new FormErrors(messages, summary, t.text("edit_error_count", messages.size()));
  }

  boolean any() {
    return !byField.isEmpty();
  }

  private static String label(String key, String field, Templates t) {
    return t.has(key) ? t.text(key) : field;
  }
}
