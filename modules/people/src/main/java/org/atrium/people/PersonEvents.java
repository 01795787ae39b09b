package org.atrium.people;

import java.util.Map;
import org.atrium.platform.outbox.Outbox;

/** Tells the rest of Atrium (search, notifications) that a person's profile changed. */
final class PersonEvents {

  static final String PERSON_CHANGED = "person.changed";

  private final Outbox outbox;

  PersonEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  void changed(String username) {
    outbox.publish(PERSON_CHANGED, username, Map.of("username", username));
  }
}
