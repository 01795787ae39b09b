package org.atrium.webapp.pages;

import java.util.Arrays;
import java.util.List;
import org.atrium.spaces.SpaceMember;
import org.atrium.spaces.SpaceRole;

/**
 * A member of a space with their role in words; for owners, the forms that change the role or
 * remove them.
 *
 * @param roles the role choices, with the current one selected; empty when the viewer cannot manage
 * @param roleAction where the role form posts, or null when the viewer cannot manage
 * @param removeConfirm the question before removing them ("Remove Anna Berg from this space?")
 */
record MemberView(
    PersonView person,
    String role,
    List<RoleOption> roles,
    String roleAction,
    String removeAction,
    String removeConfirm) {

  static final String ROLE = "role";
  static final String REMOVE = "remove";

  /** A role in a select: its code, its name, and whether it is the member's. */
  record RoleOption(String code, String name, boolean selected) {}

  static MemberView of(SpaceMember member, Templates t) {
    return new MemberView(
        PersonView.of(member.person()), name(member.role(), t), List.of(), null, null, null);
  }

  /** The member with the forms an owner of {@code slug} uses to manage them. */
  static MemberView managed(SpaceMember member, String slug, Templates t) {
    String username = member.person().username();
    return new MemberView(
        PersonView.of(member.person()),
        name(member.role(), t),
        options(member.role(), t),
        Links.spaceMember(slug, username, ROLE),
        Links.spaceMember(slug, username, REMOVE),
        t.text("members_remove_confirm", member.person().displayName()));
  }

  /** Every role, with {@code chosen} selected. */
  static List<RoleOption> options(SpaceRole chosen, Templates t) {
    return Arrays.stream(SpaceRole.values())
        .map(r -> new RoleOption(r.code(), name(r, t), r == chosen))
        .toList();
  }

  private static String name(SpaceRole role, Templates t) {
    return t.text("space_role_" + role.code());
  }
}
