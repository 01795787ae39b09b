package org.atrium.spaces;

import java.time.Clock;
import java.util.regex.Pattern;
import org.atrium.people.Page;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Role;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.Conflict;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.error.Validator;
import org.atrium.platform.outbox.Outbox;
import org.atrium.spaces.store.SpaceStore;

/** Creating, finding, changing and archiving spaces. */
public final class SpaceService {

  private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{1,63}$");

  private final Tx tx;
  private final SpaceStore store;
  private final AccessPolicy policy;
  private final SpaceEvents events;
  private final Clock clock;

  public SpaceService(Tx tx, SpaceStore store, AccessPolicy policy, Outbox outbox, Clock clock) {
    this.tx = tx;
    this.store = store;
    this.policy = policy;
    this.events = new SpaceEvents(outbox);
    this.clock = clock;
  }

  /** Creates a space with the caller as its first owner. */
  public Space create(Caller caller, NewSpace space) {
    if (caller.isGuest()) {
      throw new Forbidden("guests cannot create spaces");
    }
    Validator v = new Validator();
    v.required("slug", space.slug())
        .matches("slug", space.slug(), SLUG, "use 2–64 lower-case letters, digits and dashes");
    v.required("name", space.name()).maxLength("name", space.name(), 200);
    v.maxLength("description", space.description(), 2000);
    SpaceVisibility visibility = parse(v, "visibility", space.visibility(), SpaceVisibility.PUBLIC);
    SpaceKind kind = parseKind(v, space.kind());
    v.validate();
    if (kind == SpaceKind.COMMUNITY && !caller.is(Role.HR) && !caller.is(Role.ADMIN)) {
      throw new Forbidden("communities are started by HR; ask them to start this one");
    }
    return tx.write(
        () -> {
          if (store.slugTaken(space.slug())) {
            throw new Conflict("the slug '" + space.slug() + "' is taken");
          }
          long id =
              store.create(
                  space.slug(),
                  space.name().trim(),
                  blankToNull(space.description()),
                  visibility,
                  kind,
                  caller.accountId(),
                  clock.instant());
          store.setMember(id, caller.accountId(), SpaceRole.OWNER, clock.instant());
          events.spaceChanged(space.slug());
          return store.space(id, caller.accountId());
        });
  }

  public Space get(Caller caller, String slug) {
    return tx.read(() -> store.space(policy.visible(caller, slug).id(), caller.accountId()));
  }

  /** Spaces the caller may see, optionally only their own, optionally matching {@code text}. */
  public Page<Space> list(
      Caller caller, boolean memberOnly, String text, String cursor, int limit) {
    return tx.read(
        () -> store.list(caller.accountId(), !caller.isGuest(), memberOnly, text, cursor, limit));
  }

  public Space update(Caller caller, String slug, SpaceChanges changes) {
    Validator v = new Validator();
    if (changes.name() != null) {
      v.required("name", changes.name()).maxLength("name", changes.name(), 200);
    }
    v.maxLength("description", changes.description(), 2000);
    SpaceVisibility visibility =
        changes.visibility() == null ? null : parse(v, "visibility", changes.visibility(), null);
    v.validate();
    return tx.write(
        () -> {
          SpaceAccess access = policy.manageable(caller, slug);
          Space current = store.space(access.id(), caller.accountId());
          store.update(
              access.id(),
              changes.name() == null ? current.name() : changes.name().trim(),
              changes.description() == null
                  ? current.description()
                  : blankToNull(changes.description()),
              visibility == null ? current.visibility() : visibility,
              clock.instant());
          events.spaceChanged(slug);
          return store.space(access.id(), caller.accountId());
        });
  }

  /** Makes a space read-only for good. */
  public Space archive(Caller caller, String slug) {
    return tx.write(
        () -> {
          SpaceAccess access = policy.manageable(caller, slug);
          store.archive(access.id(), clock.instant());
          events.spaceChanged(slug);
          return store.space(access.id(), caller.accountId());
        });
  }

  private static SpaceVisibility parse(
      Validator v, String field, String code, SpaceVisibility fallback) {
    if (code == null) {
      return fallback;
    }
    try {
      return SpaceVisibility.fromCode(code);
    } catch (IllegalArgumentException e) {
      v.check(false, field, "must be public, private or secret");
      return fallback;
    }
  }

  private static SpaceKind parseKind(Validator v, String code) {
    if (code == null) {
      return SpaceKind.PROJECT;
    }
    try {
      return SpaceKind.fromCode(code);
    } catch (IllegalArgumentException e) {
      v.check(false, "kind", "must be project or community");
      return SpaceKind.PROJECT;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
