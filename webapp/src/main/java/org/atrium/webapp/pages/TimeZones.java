package org.atrium.webapp.pages;

import java.util.List;

/**
 * Time zones offered as suggestions on the profile form: one or two per region where most
 * organisations have offices. Any other zone the server knows can still be typed in.
 */
final class TimeZones {

  static final List<String> COMMON =
      List.of(
          "UTC",
          "Europe/London",
          "Europe/Dublin",
          "Europe/Lisbon",
          "Europe/Paris",
          "Europe/Berlin",
          "Europe/Madrid",
          "Europe/Rome",
          "Europe/Amsterdam",
          "Europe/Zurich",
          "Europe/Stockholm",
          "Europe/Warsaw",
          "Europe/Athens",
          "Europe/Helsinki",
          "Europe/Istanbul",
          "Africa/Lagos",
          "Africa/Cairo",
          "Africa/Nairobi",
          "Africa/Johannesburg",
          "Asia/Dubai",
          "Asia/Kolkata",
          "Asia/Singapore",
          "Asia/Shanghai",
          "Asia/Hong_Kong",
          "Asia/Tokyo",
          "Asia/Seoul",
          "Australia/Perth",
          "Australia/Sydney",
          "Pacific/Auckland",
          "America/Sao_Paulo",
          "America/Mexico_City",
          "America/New_York",
          "America/Toronto",
          "America/Chicago",
          "America/Denver",
          "America/Los_Angeles");

  private TimeZones() {}
}
