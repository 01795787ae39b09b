package org.atrium.webapp.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atrium.people.Person;
import org.atrium.people.ProfileChanges;
import org.atrium.platform.error.FieldError;

/**
 * The fields a person edits on their own profile, as the form sent them. Field names are the API's,
 * so the service's field errors point straight at the inputs.
 */
record ProfileForm(String displayName, String about, String askMeAbout, String timeZone) {

  static final String DISPLAY_NAME = "display_name";
  static final String ABOUT = "about";
  static final String ASK_ME_ABOUT = "ask_me_about";
  static final String TIME_ZONE = "time_zone";

  static ProfileForm of(Person person) {
    return new ProfileForm(
        person.displayName(), person.about(), person.askMeAbout(), person.timeZone());
  }

  /** Absent fields stay as they are; emptied optional fields are cleared. */
  ProfileChanges changes() {
    return new ProfileChanges(
        displayName, about, askMeAbout, timeZone, null, null, null, null, null, null, null);
  }

  /** The values to show in the inputs, by field name. */
  Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(DISPLAY_NAME, orEmpty(displayName));
    values.put(ABOUT, orEmpty(about));
    values.put(ASK_ME_ABOUT, orEmpty(askMeAbout));
    values.put(TIME_ZONE, orEmpty(timeZone));
    return values;
  }

  /**
   * One message per invalid field, in the form's words where it has some: the service words its
   * rules for API clients.
   */
  static Map<String, String> messages(List<FieldError> errors, Templates t) {
    Map<String, String> messages = new LinkedHashMap<>();
    for (FieldError error : errors) {
      String key = "edit_error_" + error.field();
      messages.putIfAbsent(error.field(), t.has(key) ? t.text(key) : error.message());
    }
    return messages;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
