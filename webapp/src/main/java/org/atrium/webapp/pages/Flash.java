package org.atrium.webapp.pages;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The message a page shows once after an action sent the browser to it. Only these codes travel in
 * the {@code flash} parameter, so a crafted link cannot put words of its own on a page.
 */
enum Flash {
  ENDORSED,
  WITHDRAWN,
  SAVED;

  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  String key() {
    return "flash_" + code();
  }

  static Optional<Flash> of(String code) {
    return Arrays.stream(values()).filter(flash -> flash.code().equals(code)).findFirst();
  }
}
