package org.atrium.files.rest;

import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition} header for any file name (RFC 6266): the name in UTF-8 as {@code
 * filename*} (RFC 8187), and a plain ASCII stand-in as {@code filename} for old clients. Neither
 * can break out of the header or name a path.
 */
final class ContentDisposition {

  private static final String ATTR_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~";

  private ContentDisposition() {}

  static String of(boolean inline, String name) {
    return (inline ? "inline" : "attachment")
        + "; filename=\""
        + ascii(name)
        + "\"; filename*=UTF-8''"
        + encoded(name);
  }

  /** The name with anything but safe printable ASCII replaced by {@code _}. */
  static String ascii(String name) {
    StringBuilder plain = new StringBuilder();
    for (char c : name.toCharArray()) {
      boolean safe = c >= 0x20 && c < 0x7f && "\"\\/%;".indexOf(c) < 0;
      plain.append(safe ? c : '_');
    }
    return plain.toString();
  }

  /** The name's UTF-8 bytes, percent-encoded but for RFC 8187 attribute characters. */
  static String encoded(String name) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && ATTR_CHARS.indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }
}
