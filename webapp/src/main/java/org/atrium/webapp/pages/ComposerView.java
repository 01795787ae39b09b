package org.atrium.webapp.pages;

import java.util.List;
import org.atrium.platform.error.FieldError;
import org.atrium.stream.StatusText;

/**
 * The form that posts: its words, what was typed (kept when the post was refused), the error, and
 * the spaces it can post into when it offers a choice.
 *
 * @param spaces the choice of where to post, empty when the form posts to one place
 * @param everyone whether "Everyone" (company-wide) is one of the choices
 */
record ComposerView(
    String action,
    String label,
    String submit,
    String text,
    String error,
    String hint,
    List<SpaceOption> spaces,
    boolean everyone,
    int max) {

  /** A space the composer can post into. */
  record SpaceOption(String slug, String name, boolean selected) {}

  static ComposerView of(String action, String label, String submit, Templates t) {
    return new ComposerView(
        action,
        label,
        submit,
        "",
        null,
        t.text("composer_hint", StatusText.MAX_LENGTH),
        List.of(),
        false,
        StatusText.MAX_LENGTH);
  }

  /** The same form offering {@code spaces}, and company-wide posts when {@code everyone}. */
  ComposerView choosing(List<SpaceOption> spaces, boolean everyone) {
    return new ComposerView(action, label, submit, text, error, hint, spaces, everyone, max);
  }

  /** The same form showing what was typed and why the post was refused. */
  ComposerView refused(String typed, List<FieldError> errors, Templates t) {
    return new ComposerView(
        action, label, submit, typed, message(typed, errors, t), hint, spaces, everyone, max);
  }

  boolean choosesSpace() {
    return !spaces.isEmpty();
  }

  /** The refusal in the form's words: the service words its rules for API clients. */
  private static String message(String typed, List<FieldError> errors, Templates t) {
    FieldError first = errors.getFirst();
    if (!first.field().equals("status")) {
      return first.message();
    }
    if (typed.isBlank()) {
      return t.text("composer_error_empty");
    }
    return t.text("composer_error_long", StatusText.MAX_LENGTH, typed.length());
  }
}
