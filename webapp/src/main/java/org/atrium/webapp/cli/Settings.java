package org.atrium.webapp.cli;

/** Command-line options win over the environment: they are set as system properties. */
final class Settings {

  private Settings() {}

  static void override(String property, Object value) {
    if (value != null) {
      System.setProperty(property, value.toString());
    }
  }
}
