package org.atrium.stream;

import java.util.List;
import org.atrium.people.DirectoryService;
import org.atrium.people.PersonKey;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.NotFound;
import org.atrium.spaces.AccessPolicy;
import org.atrium.stream.store.Scope;
import org.atrium.stream.store.StatusStore;

/**
 * Timelines, newest first: home (followed people and tags, the caller's spaces, their own posts), a
 * tag, a space, a person. Each one reads through the same access filter.
 */
public final class TimelineService {

  private final Tx tx;
  private final StatusStore store;
  private final AccessPolicy policy;
  private final DirectoryService directory;

  public TimelineService(
      Tx tx, StatusStore store, AccessPolicy policy, DirectoryService directory) {
    this.tx = tx;
    this.store = store;
    this.policy = policy;
    this.directory = directory;
  }

  public List<Status> home(Caller caller, TimelineQuery query) {
    return read(caller, new Scope.Home(caller.accountId()), query);
  }

  public List<Status> tag(Caller caller, String tag, TimelineQuery query) {
    if (!StatusText.isTag(tag)) {
      throw new NotFound("'" + tag + "' is not a hashtag");
    }
    return read(caller, new Scope.Tag(StatusText.normaliseTag(tag)), query);
  }

  public List<Status> space(Caller caller, String slug, TimelineQuery query) {
    return tx.read(
        () ->
            store.page(
                new Scope.InSpace(policy.readable(caller, slug).id()),
                policy.contentRule(caller),
                query));
  }

  /** A person's statuses that the caller may read; 404 for people the caller may not see. */
  public List<Status> person(Caller caller, String username, TimelineQuery query) {
    return tx.read(
        () -> {
          directory.profile(caller, username);
          PersonKey author =
              directory
                  .activePerson(username)
                  .orElseThrow(() -> new NotFound("no active person '" + username + "'"));
          return store.page(new Scope.ByAuthor(author.id()), policy.contentRule(caller), query);
        });
  }

  private List<Status> read(Caller caller, Scope scope, TimelineQuery query) {
    return tx.read(() -> store.page(scope, policy.contentRule(caller), query));
  }
}
