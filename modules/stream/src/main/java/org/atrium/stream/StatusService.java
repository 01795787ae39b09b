package org.atrium.stream;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.atrium.people.DirectoryService;
import org.atrium.people.PersonKey;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Role;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.error.InvalidInput;
import org.atrium.platform.error.NotFound;
import org.atrium.platform.error.Validator;
import org.atrium.platform.outbox.Outbox;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.ReadableSpaces;
import org.atrium.stream.store.StatusStore;

/** Posting, reading, editing, deleting and favouriting statuses, and reading threads. */
public final class StatusService {

  private final Tx tx;
  private final StatusStore store;
  private final AccessPolicy policy;
  private final DirectoryService directory;
  private final StreamEvents events;
  private final Clock clock;

  public StatusService(
      Tx tx,
      StatusStore store,
      AccessPolicy policy,
      DirectoryService directory,
      Outbox outbox,
      Clock clock) {
    this.tx = tx;
    this.store = store;
    this.policy = policy;
    this.directory = directory;
    this.events = new StreamEvents(outbox);
    this.clock = clock;
  }

  /**
   * Posts {@code text}, company-wide, into {@code spaceSlug}, or as a reply (which lives where its
   * parent lives). Posting where the caller cannot see is a 404, as if nothing were there.
   */
  public Status post(Caller caller, String text, String spaceSlug, Long inReplyToId) {
    validateText(text);
    return tx.write(
        () -> {
          Long spaceId = null;
          Long threadRoot = null;
          if (inReplyToId != null) {
            StatusRow parent = readableRow(caller, inReplyToId);
            if (spaceSlug != null && !spaceSlug.equals(parent.spaceSlug())) {
              throw InvalidInput.of("space", "a reply lives in the space of the status it answers");
            }
            spaceId = parent.spaceId();
            threadRoot = parent.threadRootId();
            if (parent.spaceSlug() != null) {
              policy.contributable(caller, parent.spaceSlug());
            } else {
              requireEmployee(caller);
            }
          } else if (spaceSlug != null) {
            spaceId = policy.contributable(caller, spaceSlug).id();
          } else {
            requireEmployee(caller);
          }
          long id =
              store.insert(
                  caller.accountId(),
                  spaceId,
                  inReplyToId,
                  threadRoot,
                  text,
                  render(text),
                  clock.instant());
          store.setMentions(id, mentionedIds(text));
          store.setTags(id, StatusText.tags(text));
          if (inReplyToId != null) {
            store.addReplies(inReplyToId, 1);
          }
          events.status(StreamEvents.STATUS_CREATED, id);
          return view(caller, id);
        });
  }

  public Status get(Caller caller, long id) {
    return tx.read(() -> view(caller, id));
  }

  /** Replaces the text of the caller's own status, keeping the previous text in its history. */
  public Status edit(Caller caller, long id, String text) {
    validateText(text);
    return tx.write(
        () -> {
          StatusRow row = readableRow(caller, id);
          if (row.authorId() != caller.accountId()) {
            throw new Forbidden("only the author can edit a status");
          }
          if (row.spaceSlug() != null) {
            policy.contributable(caller, row.spaceSlug());
          }
          store.edit(id, text, render(text), clock.instant());
          store.setMentions(id, mentionedIds(text));
          store.setTags(id, StatusText.tags(text));
          events.status(StreamEvents.STATUS_UPDATED, id);
          return view(caller, id);
        });
  }

  public List<StatusEdit> history(Caller caller, long id) {
    return tx.read(
        () -> {
          readableRow(caller, id);
          return store.history(id);
        });
  }

  /** Deletes a status: its author may, and so may moderators and admins. */
  public void delete(Caller caller, long id) {
    tx.write(
        () -> {
          StatusRow row = readableRow(caller, id);
          boolean moderator = caller.is(Role.MODERATOR) || caller.is(Role.ADMIN);
          if (row.authorId() != caller.accountId() && !moderator) {
            throw new Forbidden("only the author or a moderator can delete a status");
          }
          store.delete(id, clock.instant());
          if (row.inReplyToId() != null) {
            store.addReplies(row.inReplyToId(), -1);
          }
          events.status(StreamEvents.STATUS_DELETED, id);
        });
  }

  public Status favourite(Caller caller, long id) {
    return tx.write(
        () -> {
          readableRow(caller, id);
          if (store.favourite(id, caller.accountId(), clock.instant())) {
            events.favourited(id, caller.accountId());
          }
          return view(caller, id);
        });
  }

  public Status unfavourite(Caller caller, long id) {
    return tx.write(
        () -> {
          readableRow(caller, id);
          if (store.unfavourite(id, caller.accountId())) {
            events.unfavourited(id);
          }
          return view(caller, id);
        });
  }

  /** The thread around a status: ancestors oldest first, descendants in reply order. */
  public StatusContext context(Caller caller, long id) {
    return tx.read(
        () -> {
          StatusRow row = readableRow(caller, id);
          Map<Long, Long> parents = store.thread(row.threadRootId());
          List<Long> ancestors = new java.util.ArrayList<>();
          for (Long up = parents.get(id); up != null; up = parents.get(up)) {
            ancestors.addFirst(up);
          }
          List<Long> descendants =
              parents.keySet().stream().filter(other -> descendsFrom(other, id, parents)).toList();
          return new StatusContext(statuses(caller, ancestors), statuses(caller, descendants));
        });
  }

  /** A stored status the caller may read, or 404. */
  StatusRow readableRow(Caller caller, long id) {
    StatusRow row = store.row(id).filter(r -> !r.deleted()).orElseThrow(() -> notFound(id));
    ReadableSpaces readable = policy.readableSpaces(caller);
    if (!readable.includes(row.spaceId(), row.spaceVisibility())) {
      throw notFound(id);
    }
    return row;
  }

  private Status view(Caller caller, long id) {
    return statuses(caller, List.of(id)).stream().findFirst().orElseThrow(() -> notFound(id));
  }

  private List<Status> statuses(Caller caller, List<Long> ids) {
    Map<Long, Status> byId = store.readable(ids, policy.contentRule(caller));
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  private static boolean descendsFrom(long candidate, long ancestor, Map<Long, Long> parents) {
    for (Long up = parents.get(candidate); up != null; up = parents.get(up)) {
      if (up == ancestor) {
        return true;
      }
    }
    return false;
  }

  private Set<Long> mentionedIds(String text) {
    Set<Long> ids = new java.util.LinkedHashSet<>();
    for (String username : StatusText.mentions(text)) {
      directory.activePerson(username).map(PersonKey::id).ifPresent(ids::add);
    }
    return ids;
  }

  private String render(String text) {
    return StatusText.render(text, username -> directory.activePerson(username).isPresent());
  }

  private static void validateText(String text) {
    new Validator()
        .required("status", text)
        .maxLength("status", text, StatusText.MAX_LENGTH)
        .validate();
  }

  private static void requireEmployee(Caller caller) {
    if (caller.isGuest()) {
      throw new Forbidden("guests post in the spaces they belong to");
    }
  }

  static NotFound notFound(long id) {
    return new NotFound("no status " + id + " is visible to you");
  }
}
