package org.atrium.webapp.pages;

/** Text as a browser's form sent it, made to read as the API's clients send text. */
final class FormText {

  private FormText() {}

  /**
   * Browsers send a textarea's line breaks as CRLF but count them as one character, so the
   * composer's count and the server's limit agree only once CRLF is LF again.
   */
  static String of(String value) {
    return value == null ? "" : value.replace("\r\n", "\n");
  }

  /** An optional choice: blank means none. */
  static String choice(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
