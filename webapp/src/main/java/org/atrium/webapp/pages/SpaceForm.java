package org.atrium.webapp.pages;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atrium.platform.error.FieldError;
import org.atrium.spaces.NewSpace;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceChanges;
import org.atrium.spaces.SpaceKind;
import org.atrium.spaces.SpaceVisibility;

/**
 * A space's fields as the create or settings form sent them. Field names are the API's, so the
 * service's field errors point straight at the inputs.
 */
record SpaceForm(String slug, String name, String description, String visibility, String kind) {

  static final String SLUG = "slug";
  static final String NAME = "name";
  static final String DESCRIPTION = "description";
  static final String VISIBILITY = "visibility";
  static final String KIND = "kind";

  /** A radio button of the form: a visibility or a kind, with what choosing it means. */
  record Choice(String value, String label, String hint, boolean checked) {}

  static SpaceForm blank() {
    return new SpaceForm("", "", "", SpaceVisibility.PUBLIC.code(), SpaceKind.PROJECT.code());
  }

  static SpaceForm of(Space space) {
    return new SpaceForm(
        space.slug(),
        space.name(),
        orEmpty(space.description()),
        space.visibility().code(),
        space.kind().code());
  }

  NewSpace newSpace() {
    return new NewSpace(slug, name, description, visibility, kind);
  }

  SpaceChanges changes() {
    return new SpaceChanges(name, orEmpty(description), visibility);
  }

  /** The values to show in the inputs, by field name. */
  Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(SLUG, orEmpty(slug));
    values.put(NAME, orEmpty(name));
    values.put(DESCRIPTION, orEmpty(description));
    return values;
  }

  List<Choice> visibilities(Templates t) {
    return Arrays.stream(SpaceVisibility.values())
        .map(v -> choice("space_visibility_", v.code(), visibility, t))
        .toList();
  }

  List<Choice> kinds(Templates t) {
    return Arrays.stream(SpaceKind.values())
        .map(k -> choice("space_kind_", k.code(), kind, t))
        .toList();
  }

  /** One message per invalid field, in the form's words where it has some. */
  static Map<String, String> messages(List<FieldError> errors, Templates t) {
    Map<String, String> messages = new LinkedHashMap<>();
    for (FieldError error : errors) {
      String key = "space_error_" + error.field();
      messages.putIfAbsent(error.field(), t.has(key) ? t.text(key) : error.message());
    }
    return messages;
  }

  private static Choice choice(String prefix, String value, String chosen, Templates t) {
    return new Choice(
        value, t.text(prefix + value), t.text(prefix + value + "_hint"), value.equals(chosen));
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
