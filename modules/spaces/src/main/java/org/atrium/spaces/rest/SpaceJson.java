package org.atrium.spaces.rest;

import java.time.Instant;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceMember;

/** A space on the wire; {@code role} is the caller's role in it, null for non-members. */
public record SpaceJson(
    String slug,
    String name,
    String description,
    String visibility,
    String kind,
    boolean archived,
    Instant createdAt,
    long membersCount,
    String role) {

  static SpaceJson of(Space s) {
    return new SpaceJson(
        s.slug(),
        s.name(),
        s.description(),
        s.visibility().code(),
        s.kind().code(),
        s.archived(),
        s.createdAt(),
        s.membersCount(),
        s.role() == null ? null : s.role().code());
  }

  /** A member of a space on the wire. */
  public record MemberJson(
      String username, String displayName, String title, String role, Instant since) {
    static MemberJson of(SpaceMember m) {
      return new MemberJson(
          m.person().username(),
          m.person().displayName(),
          m.person().title(),
          m.role().code(),
          m.since());
    }
  }
}
