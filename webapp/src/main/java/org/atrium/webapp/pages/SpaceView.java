package org.atrium.webapp.pages;

import org.atrium.spaces.Space;

/**
 * A space as cards and headers show it: name, description, what kind of space it is and who may see
 * it, in words, and the viewer's role in it.
 *
 * @param role the viewer's role in words, or null when they are not a member
 */
record SpaceView(
    String slug,
    String name,
    String description,
    String href,
    String visibility,
    String kind,
    boolean archived,
    String members,
    String role) {

  static SpaceView of(Space space, Templates t) {
    return new SpaceView(
        space.slug(),
        space.name(),
        space.description(),
        Links.space(space.slug()),
        t.text("space_visibility_" + space.visibility().code()),
        t.text("space_kind_" + space.kind().code()),
        space.archived(),
        t.text("space_members_count", space.membersCount()),
        space.role() == null ? null : t.text("space_role_" + space.role().code()));
  }
}
