package org.atrium.spaces;

import java.time.Clock;
import java.util.List;
import org.atrium.people.DirectoryService;
import org.atrium.people.PersonKey;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Role;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.Conflict;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.error.InvalidInput;
import org.atrium.platform.error.NotFound;
import org.atrium.platform.outbox.Outbox;
import org.atrium.spaces.store.SpaceStore;

/**
 * Who belongs to a space: owners add, change and remove members; anyone joins a public space;
 * everyone may leave, except the last owner, who must hand over first.
 */
public final class MembershipService {

  private final Tx tx;
  private final SpaceStore store;
  private final AccessPolicy policy;
  private final DirectoryService directory;
  private final SpaceEvents events;
  private final Clock clock;

  public MembershipService(
      Tx tx,
      SpaceStore store,
      AccessPolicy policy,
      DirectoryService directory,
      Outbox outbox,
      Clock clock) {
    this.tx = tx;
    this.store = store;
    this.policy = policy;
    this.directory = directory;
    this.events = new SpaceEvents(outbox);
    this.clock = clock;
  }

  public List<SpaceMember> members(Caller caller, String slug) {
    return tx.read(() -> store.members(policy.readable(caller, slug).id()));
  }

  /** Adds {@code username} to the space in {@code role}, or changes their role. */
  public SpaceMember setMember(Caller caller, String slug, String username, SpaceRole role) {
    return tx.write(
        () -> {
          SpaceAccess space = policy.manageable(caller, slug);
          PersonKey person = person(username);
          if (person.role() == Role.GUEST && role != SpaceRole.GUEST) {
            throw InvalidInput.of("role", "external partners can only be guests of a space");
          }
          if (role == SpaceRole.EXPERT
              && store.space(space.id(), caller.accountId()).kind() != SpaceKind.COMMUNITY) {
            throw InvalidInput.of("role", "only communities have experts");
          }
          store
              .role(space.id(), person.id())
              .filter(current -> current == SpaceRole.OWNER && role != SpaceRole.OWNER)
              .ifPresent(owner -> requireAnotherOwner(space));
          store.setMember(space.id(), person.id(), role, clock.instant());
          events.membershipChanged(slug, username, role, caller.username());
          return member(space, username);
        });
  }

  /** Removes a member; owners remove others, anyone removes themselves. */
  public void removeMember(Caller caller, String slug, String username) {
    tx.write(
        () -> {
          boolean self = caller.username().equals(username);
          SpaceAccess space = self ? policy.visible(caller, slug) : policy.manageable(caller, slug);
          PersonKey person = person(username);
          SpaceRole role =
              store
                  .role(space.id(), person.id())
                  .orElseThrow(() -> new NotFound(username + " is not a member of '" + slug + "'"));
          if (role == SpaceRole.OWNER) {
            requireAnotherOwner(space);
          }
          store.removeMember(space.id(), person.id());
          events.membershipChanged(slug, username, null, caller.username());
        });
  }

  /** Joins a public space as a member; joining twice changes nothing. */
  public Space join(Caller caller, String slug) {
    return tx.write(
        () -> {
          SpaceAccess space = policy.visible(caller, slug);
          if (!space.isMember()) {
            if (space.visibility() != SpaceVisibility.PUBLIC || caller.isGuest()) {
              throw new Forbidden("'" + slug + "' is open by invitation only; ask an owner");
            }
            if (space.archived()) {
              throw new Conflict("'" + slug + "' is archived and read-only");
            }
            store.setMember(space.id(), caller.accountId(), SpaceRole.MEMBER, clock.instant());
            events.membershipChanged(slug, caller.username(), SpaceRole.MEMBER, caller.username());
          }
          return store.space(space.id(), caller.accountId());
        });
  }

  /** Leaves a space; afterwards a secret space is invisible to the caller again. */
  public void leave(Caller caller, String slug) {
    removeMember(caller, slug, caller.username());
  }

  private void requireAnotherOwner(SpaceAccess space) {
    if (store.owners(space.id()) <= 1) {
      throw new Conflict("a space needs an owner: make someone else an owner first");
    }
  }

  private PersonKey person(String username) {
    return directory
        .activePerson(username)
        .orElseThrow(() -> new NotFound("no active person '" + username + "'"));
  }

  private SpaceMember member(SpaceAccess space, String username) {
    return store.members(space.id()).stream()
        .filter(m -> m.person().username().equals(username))
        .findFirst()
        .orElseThrow();
  }
}
