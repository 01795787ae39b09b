package org.atrium.communities;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.atrium.communities.store.CommunityStore;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.NotFound;
import org.atrium.platform.error.Validator;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.SpaceAccess;
import org.atrium.spaces.SpaceService;

/**
 * A community's own page: its purpose and rules (seen by whoever may see the space, like its
 * description), its pinned resources and experts (seen by its readers); its owners edit them.
 */
public final class CommunityService {

  static final int MAX_PINS = 20;
  private static final Pattern PAGE_REF = Pattern.compile("^[a-z0-9][a-z0-9-]{0,99}$");
  private static final Pattern FILE_REF = Pattern.compile("^[A-Za-z0-9_-]{1,100}$");

  private final Tx tx;
  private final CommunityStore store;
  private final AccessPolicy policy;
  private final SpaceService spaces;
  private final Clock clock;

  public CommunityService(
      Tx tx, CommunityStore store, AccessPolicy policy, SpaceService spaces, Clock clock) {
    this.tx = tx;
    this.store = store;
    this.policy = policy;
    this.spaces = spaces;
    this.clock = clock;
  }

  public Community get(Caller caller, String slug) {
    return tx.read(() -> community(caller, slug));
  }

  /** Owners change the purpose, rules and pins; a null field stays as it was. */
  public Community update(Caller caller, String slug, CommunityChanges changes) {
    Validator v = new Validator();
    v.maxLength("purpose", changes.purpose(), 2000);
    v.maxLength("rules", changes.rules(), 4000);
    if (changes.pins() != null) {
      v.check(changes.pins().size() <= MAX_PINS, "pins", "at most " + MAX_PINS + " pins");
      for (Pin pin : changes.pins()) {
        validate(v, pin);
      }
    }
    v.validate();
    return tx.write(
        () -> {
          SpaceAccess space = policy.manageable(caller, slug);
          requireCommunity(space);
          String[] current = store.profile(space.id()).orElse(new String[2]);
          store.saveProfile(
              space.id(),
              changes.purpose() == null ? current[0] : blankToNull(changes.purpose()),
              changes.rules() == null ? current[1] : blankToNull(changes.rules()),
              clock.instant());
          if (changes.pins() != null) {
            store.setPins(
                space.id(),
                changes.pins().stream()
                    .map(p -> new Pin(p.kind(), p.ref().strip(), p.title().strip()))
                    .toList());
          }
          return community(caller, slug);
        });
  }

  private Community community(Caller caller, String slug) {
    SpaceAccess space = policy.visible(caller, slug);
    requireCommunity(space);
    String[] profile = store.profile(space.id()).orElse(new String[2]);
    boolean reader = AccessPolicy.canRead(caller, space);
    return new Community(
        spaces.get(caller, slug),
        profile[0],
        profile[1],
        reader ? store.pins(space.id()) : List.of(),
        reader ? store.experts(space.id()) : List.of());
  }

  private void requireCommunity(SpaceAccess space) {
    if (!store.isCommunity(space.id())) {
      throw new NotFound("'" + space.slug() + "' is a project space, not a community");
    }
  }

  private static void validate(Validator v, Pin pin) {
    boolean page = "page".equals(pin.kind());
    boolean file = "file".equals(pin.kind());
    v.check(page || file, "pins", "a pin's kind is page or file");
    v.check(
        pin.ref() != null
            && (page && PAGE_REF.matcher(pin.ref().strip()).matches()
                || file && FILE_REF.matcher(pin.ref().strip()).matches()),
        "pins",
        "a pin's ref is a page slug or a file id");
    v.required("pins", pin.title()).maxLength("pins", pin.title(), 200);
  }

  private static String blankToNull(String value) {
    return value.isBlank() ? null : value.strip();
  }
}
