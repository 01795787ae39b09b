package org.atrium.communities;

import java.util.Locale;

/** Where a question stands: nobody answered yet, someone did, or the asker accepted an answer. */
public enum QuestionState {
  UNANSWERED,
  ANSWERED,
  ACCEPTED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a code; throws {@link IllegalArgumentException} for an unknown one. */
  public static QuestionState fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }

  public static QuestionState of(int answers, Long acceptedAnswerId) {
    if (acceptedAnswerId != null) {
      return ACCEPTED;
    }
    return answers > 0 ? ANSWERED : UNANSWERED;
  }
}
