package org.atrium.stream;

import java.util.Optional;
import org.atrium.people.DirectoryService;
import org.atrium.platform.auth.Caller;

/**
 * Callers for people other than the one asking, so that the access policy can answer "may this
 * person read that?" when deciding whom to notify or push to.
 */
final class Viewers {

  private final DirectoryService directory;

  Viewers(DirectoryService directory) {
    this.directory = directory;
  }

  Optional<Caller> of(long personId) {
    return directory
        .activePerson(personId)
        .map(p -> new Caller(p.id(), p.username(), p.role(), null));
  }
}
