package org.atrium.webapp.pages;

import java.util.StringJoiner;
import java.util.stream.Stream;
import org.atrium.people.DirectoryQuery;

/** The directory page's filters as the person typed them; blank means "any". */
record DirectoryFilters(String text, String businessUnit, String location, String skill) {

  DirectoryFilters {
    text = trimmed(text);
    businessUnit = trimmed(businessUnit);
    location = trimmed(location);
    skill = trimmed(skill);
  }

  boolean isEmpty() {
    return Stream.of(text, businessUnit, location, skill).allMatch(String::isEmpty);
  }

  DirectoryQuery query(String cursor, int limit) {
    return new DirectoryQuery(
        blankAsNull(text),
        blankAsNull(businessUnit),
        blankAsNull(location),
        blankAsNull(skill),
        blankAsNull(cursor),
        limit);
  }

  /**
   * The directory with these filters, from {@code cursor} on (null for the first page). Encoded by
   * hand: {@code UriBuilder} would read braces in a search as template variables.
   */
  String link(String cursor) {
    StringJoiner query =
        new StringJoiner("&", Links.DIRECTORY + "?", "").setEmptyValue(Links.DIRECTORY);
    param(query, "q", text);
    param(query, "business_unit", businessUnit);
    param(query, "location", location);
    param(query, "skill", skill);
    if (cursor != null) {
      param(query, "cursor", cursor);
    }
    return query.toString();
  }

  private static void param(StringJoiner query, String name, String value) {
    if (!value.isEmpty()) {
      query.add(name + "=" + Links.segment(value));
    }
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.trim();
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
