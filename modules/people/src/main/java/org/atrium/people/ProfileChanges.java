package org.atrium.people;

/**
 * A partial profile update: null leaves a field as it is, an empty string clears it. The person
 * edits {@code displayName}, {@code about}, {@code askMeAbout} and {@code timeZone}; HR edits the
 * job fields; only admins change the role.
 */
public record ProfileChanges(
    String displayName,
    String about,
    String askMeAbout,
    String timeZone,
    String email,
    String title,
    String businessUnit,
    String department,
    String location,
    String manager,
    String role) {

  /** Whether any field only HR may change is present. */
  public boolean touchesJobFields() {
    return email != null
        || title != null
        || businessUnit != null
        || department != null
        || location != null
        || manager != null;
  }
}
