package org.atrium.stream;

import java.time.Clock;
import org.atrium.people.DirectoryService;
import org.atrium.people.PersonKey;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.error.NotFound;
import org.atrium.platform.outbox.Outbox;
import org.atrium.stream.store.FollowStore;

/** Following people and company-wide hashtags; both are idempotent. */
public final class FollowService {

  private final Tx tx;
  private final FollowStore store;
  private final DirectoryService directory;
  private final StreamEvents events;
  private final Clock clock;

  public FollowService(
      Tx tx, FollowStore store, DirectoryService directory, Outbox outbox, Clock clock) {
    this.tx = tx;
    this.store = store;
    this.directory = directory;
    this.events = new StreamEvents(outbox);
    this.clock = clock;
  }

  /** Whether the caller now follows the person (always true after this call). */
  public boolean follow(Caller caller, String username) {
    return tx.write(
        () -> {
          PersonKey person = followable(caller, username);
          if (store.follow(caller.accountId(), person.id(), clock.instant())) {
            events.followed(caller.accountId(), person.id());
          }
          return true;
        });
  }

  public boolean unfollow(Caller caller, String username) {
    return tx.write(
        () -> {
          store.unfollow(caller.accountId(), followable(caller, username).id());
          return false;
        });
  }

  public boolean follows(Caller caller, String username) {
    return tx.read(() -> store.follows(caller.accountId(), followable(caller, username).id()));
  }

  public void followTag(Caller caller, String tag) {
    tx.write(() -> store.followTag(caller.accountId(), tagName(caller, tag), clock.instant()));
  }

  public void unfollowTag(Caller caller, String tag) {
    tx.write(() -> store.unfollowTag(caller.accountId(), tagName(caller, tag)));
  }

  public boolean followsTag(Caller caller, String tag) {
    return tx.read(() -> store.followsTag(caller.accountId(), tagName(caller, tag)));
  }

  private PersonKey followable(Caller caller, String username) {
    directory.profile(caller, username);
    PersonKey person =
        directory
            .activePerson(username)
            .orElseThrow(() -> new NotFound("no active person '" + username + "'"));
    if (person.id() == caller.accountId()) {
      throw new Forbidden("you cannot follow yourself");
    }
    return person;
  }

  private static String tagName(Caller caller, String tag) {
    if (caller.isGuest()) {
      throw new Forbidden("guests follow the spaces they belong to, not company-wide tags");
    }
    if (!StatusText.isTag(tag)) {
      throw new NotFound("'" + tag + "' is not a hashtag");
    }
    return StatusText.normaliseTag(tag);
  }
}
