package org.atrium.files;

import org.atrium.platform.error.Validator;

/**
 * The rules for a file's name. A name is only ever shown and sent back in a {@code
 * Content-Disposition}; it never reaches the file system, so {@code ../../etc/passwd} is just an
 * odd name. Control characters, which could split headers or hide text, are refused.
 */
final class FileNames {

  static final int MAX_LENGTH = 255;

  private FileNames() {}

  static String validated(String name) {
    String stripped = name == null ? null : name.strip();
    Validator v = new Validator();
    v.required("file", stripped);
    if (stripped != null) {
      v.maxLength("file", stripped, MAX_LENGTH);
      v.check(
          stripped.codePoints().noneMatch(Character::isISOControl),
          "file",
          "the file name must not contain control characters");
    }
    v.validate();
    return stripped;
  }
}
