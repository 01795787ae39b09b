package org.atrium.files.rest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atrium.platform.error.RangeNotSatisfiable;

/**
 * One byte range of a download (RFC 9110 §14): {@code bytes=first-last}, {@code bytes=first-} or
 * the last n bytes, {@code bytes=-n}. Anything else, several ranges included, is ignored and the
 * whole file sent, as the RFC lets a server do; a single range past the end is refused with 416.
 *
 * @param first the first byte sent
 * @param last the last byte sent, inclusive
 */
record ByteRange(long first, long last) {

  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

  /** The range {@code header} asks of {@code size} bytes; empty to send them all. */
  static Optional<ByteRange> of(String header, long size) {
    if (header == null || size < 0) {
      return Optional.empty();
    }
    Matcher range = SINGLE.matcher(header.strip());
    if (!range.matches() || (range.group(1).isEmpty() && range.group(2).isEmpty())) {
      return Optional.empty();
    }
    if (range.group(1).isEmpty()) {
      long suffix = Long.parseLong(range.group(2));
      if (suffix == 0 || size == 0) {
        throw unsatisfiable(header, size);
      }
      return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
    }
    long first = Long.parseLong(range.group(1));
    long last = range.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(range.group(2));
    if (last < first) {
      return Optional.empty();
    }
    if (first >= size) {
      throw unsatisfiable(header, size);
    }
    return Optional.of(new ByteRange(first, Math.min(last, size - 1)));
  }

  long length() {
    return last - first + 1;
  }

  /** The {@code Content-Range} of this range of {@code size} bytes. */
  String contentRange(long size) {
    return "bytes " + first + "-" + last + "/" + size;
  }

  private static RangeNotSatisfiable unsatisfiable(String header, long size) {
    return new RangeNotSatisfiable(
        "Range: " + header.strip() + " asks for bytes past the end of " + size, size);
  }
}
