package org.atrium.spaces;

import java.util.Set;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Role;
import org.atrium.platform.error.Conflict;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.error.NotFound;
import org.atrium.spaces.store.SpaceStore;

/**
 * The one place that decides who may see or do what in a space. Timelines, search, the wiki, files,
 * notifications, feeds and the live stream all ask it, inside their own transaction, so a
 * membership change applies to the very next request.
 *
 * <ul>
 *   <li>See a space (its name and description): members; every employee for public and private
 *       spaces. Secret spaces do not exist for anyone else.
 *   <li>Read its content: members; every employee for public spaces. External guests only ever see
 *       the spaces they belong to.
 *   <li>Contribute: members and guests of the space, while it is not archived.
 *   <li>Manage (settings, members, archive): its owners, and admins.
 * </ul>
 */
public final class AccessPolicy {

  private final SpaceStore store;

  public AccessPolicy(SpaceStore store) {
    this.store = store;
  }

  public static boolean canSee(Caller caller, SpaceAccess space) {
    if (space.isMember()) {
      return true;
    }
    return !caller.isGuest() && space.visibility() != SpaceVisibility.SECRET;
  }

  public static boolean canRead(Caller caller, SpaceAccess space) {
    if (space.isMember()) {
      return true;
    }
    return !caller.isGuest() && space.visibility() == SpaceVisibility.PUBLIC;
  }

  public static boolean canContribute(Caller caller, SpaceAccess space) {
    return space.isMember() && !space.archived();
  }

  public static boolean canManage(Caller caller, SpaceAccess space) {
    return space.role() == SpaceRole.OWNER || (caller.is(Role.ADMIN) && canSee(caller, space));
  }

  /** {@link #canRead(Caller, SpaceAccess)} for a space as the caller sees it. */
  public static boolean canRead(Caller caller, Space space) {
    return canRead(caller, access(space));
  }

  /** {@link #canContribute(Caller, SpaceAccess)} for a space as the caller sees it. */
  public static boolean canContribute(Caller caller, Space space) {
    return canContribute(caller, access(space));
  }

  /**
   * {@link #canManage(Caller, SpaceAccess)} for a space as the caller sees it: pages use these to
   * offer only the actions that will work, while the services still decide.
   */
  public static boolean canManage(Caller caller, Space space) {
    return canManage(caller, access(space));
  }

  private static SpaceAccess access(Space space) {
    return new SpaceAccess(0, space.slug(), space.visibility(), space.archived(), space.role());
  }

  /** The space, if the caller may see it; {@link NotFound} otherwise, never a hint it exists. */
  public SpaceAccess visible(Caller caller, String slug) {
    return store
        .access(slug, caller.accountId())
        .filter(space -> canSee(caller, space))
        .orElseThrow(() -> notFound(slug));
  }

  /** The space, if the caller may read its content; 404 when they may not even see it. */
  public SpaceAccess readable(Caller caller, String slug) {
    SpaceAccess space = visible(caller, slug);
    if (!canRead(caller, space)) {
      throw new Forbidden("only members of '" + slug + "' can see what is in it");
    }
    return space;
  }

  /** The space, if the caller may add content to it now. */
  public SpaceAccess contributable(Caller caller, String slug) {
    SpaceAccess space = readable(caller, slug);
    if (space.archived()) {
      throw new Conflict("'" + slug + "' is archived and read-only");
    }
    if (!canContribute(caller, space)) {
      throw new Forbidden("join '" + slug + "' to contribute to it");
    }
    return space;
  }

  /**
   * The space, if the caller may add content to it now; to someone who may not even read its
   * content, a private space's content area does not exist (404), so posting reveals nothing.
   */
  public SpaceAccess contributableOrHidden(Caller caller, String slug) {
    SpaceAccess space = visible(caller, slug);
    if (!canRead(caller, space)) {
      throw notFound(slug);
    }
    return contributable(caller, slug);
  }

  /** The space, if the caller may manage it now. */
  public SpaceAccess manageable(Caller caller, String slug) {
    SpaceAccess space = visible(caller, slug);
    if (!canManage(caller, space)) {
      throw new Forbidden("only the owners of '" + slug + "' can do this");
    }
    if (space.archived()) {
      throw new Conflict("'" + slug + "' is archived and read-only");
    }
    return space;
  }

  /** The rule for the content the caller may read, for queries over many rows to filter by. */
  public ContentRule contentRule(Caller caller) {
    return new ContentRule(caller.accountId(), !caller.isGuest());
  }

  /** Every space whose content the caller may read, for filtering timelines and search. */
  public ReadableSpaces readableSpaces(Caller caller) {
    return new ReadableSpaces(store.memberSpaceIds(caller.accountId()), !caller.isGuest());
  }

  /**
   * Who may read content in {@code spaceId} (null: outside any space) of that visibility, worked
   * out once for many people: the live stream asks it for every connected client an event reaches.
   * It applies the same rule as {@link #readableSpaces}, and reads the members now, so it must not
   * be kept beyond the event it was made for.
   */
  public ContentReaders readersOf(Long spaceId, SpaceVisibility visibility) {
    return new ContentReaders(
        spaceId, visibility, spaceId == null ? Set.of() : store.memberIds(spaceId));
  }

  /**
   * Everything search needs to filter by for the caller, read now so that a membership or
   * visibility change applies to the very next search.
   */
  public SearchScope searchScope(Caller caller) {
    if (caller.isGuest()) {
      Set<Long> memberOf = store.memberSpaceIds(caller.accountId());
      Set<Long> people = store.memberIds(memberOf);
      people.add(caller.accountId());
      return new SearchScope(caller.accountId(), false, memberOf, Set.of(), Set.of(), people);
    }
    SpaceStore.SearchSpaces spaces = store.searchSpaces(caller.accountId());
    return new SearchScope(
        caller.accountId(),
        true,
        spaces.memberOf(),
        spaces.publicSpaces(),
        spaces.secretSpaces(),
        Set.of());
  }

  static NotFound notFound(String slug) {
    return new NotFound("no space '" + slug + "' is visible to you");
  }
}
