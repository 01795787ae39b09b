package org.atrium.spaces;

import java.util.Map;
import org.atrium.platform.outbox.Outbox;

/** Tells the rest of Atrium (notifications, search) that a space or its membership changed. */
final class SpaceEvents {

  private final Outbox outbox;

  SpaceEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  void spaceChanged(String slug) {
    outbox.publish("space.changed", slug, Map.of("slug", slug));
  }

  void membershipChanged(String slug, String username, SpaceRole role, String by) {
    outbox.publish(
        "space.membership",
        slug,
        Map.of(
            "slug",
            slug,
            "username",
            username,
            "role",
            role == null ? "none" : role.code(),
            "by",
            by));
  }
}
