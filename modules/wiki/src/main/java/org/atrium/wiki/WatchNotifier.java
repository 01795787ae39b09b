package org.atrium.wiki;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.atrium.people.DirectoryService;
import org.atrium.platform.Json;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.error.NotFound;
import org.atrium.platform.outbox.Outbox;
import org.atrium.platform.outbox.OutboxConsumer;
import org.atrium.platform.outbox.OutboxEvent;
import org.atrium.spaces.AccessPolicy;
import org.atrium.wiki.store.WatchStore;
import org.atrium.wiki.store.WikiStore;

/**
 * Decides whom a change to a page concerns: for a new revision, people it newly mentions ({@code
 * wiki_mention}) and the watchers of the page or its wiki ({@code wiki_edit}); for a deletion, the
 * watchers ({@code wiki_delete}). Never the person who made the change, and only those the access
 * policy still lets read the space. It asks the microblog's notifier, which owns notifications, to
 * tell them, through the outbox again; so a save never waits for any of this.
 */
public final class WatchNotifier implements OutboxConsumer {

  static final String EDIT = "wiki_edit";
  static final String MENTION = "wiki_mention";
  static final String DELETE = "wiki_delete";

  private final Tx tx;
  private final WikiStore store;
  private final WatchStore watches;
  private final AccessPolicy policy;
  private final DirectoryService directory;
  private final WikiEvents events;

  public WatchNotifier(
      Tx tx,
      WikiStore store,
      WatchStore watches,
      AccessPolicy policy,
      DirectoryService directory,
      Outbox outbox) {
    this.tx = tx;
    this.store = store;
    this.watches = watches;
    this.policy = policy;
    this.directory = directory;
    this.events = new WikiEvents(outbox);
  }

  @Override
  public String name() {
    return "wiki-watch-notifier";
  }

  @Override
  public boolean accepts(String topic) {
    return topic.equals(WikiEvents.PAGE_CHANGED);
  }

  @Override
  public void handle(OutboxEvent event) {
    JsonNode payload = payload(event);
    if (!payload.has("by")) {
      return;
    }
    boolean deleted = payload.get("deleted").asBoolean();
    long pageId = Long.parseLong(event.aggregateId());
    String space = payload.get("space").asText();
    int number = payload.get("revision").asInt();
    long editor = payload.get("by").asLong();
    Target target = new Target(pageId, space, payload.get("page").asText());
    tx.write(
        () ->
            store
                .revision(space, pageId, number)
                .ifPresent(revision -> notifyAbout(event, target, revision, editor, deleted)));
  }

  /** The page a revision belongs to: its id, space and slug. */
  private record Target(long pageId, String space, String page) {}

  private void notifyAbout(
      OutboxEvent event, Target target, Revision revision, long editor, boolean deleted) {
    long pageId = target.pageId();
    String space = target.space();
    Set<Long> told = new LinkedHashSet<>(List.of(editor));
    List<Recipients> notices =
        deleted
            ? List.of(new Recipients(DELETE, readers(space, watches.watchers(pageId), told)))
            : List.of(
                new Recipients(MENTION, readers(space, newMentions(space, pageId, revision), told)),
                new Recipients(EDIT, readers(space, watches.watchers(pageId), told)));
    long spaceId = watches.spaceOf(pageId);
    for (var notice : notices) {
      if (!notice.ids().isEmpty()) {
        events.notice(
            new WikiEvents.Notice(
                notice.type(),
                notice.ids(),
                editor,
                spaceId,
                target.page(),
                revision.title(),
                revision.number(),
                event.id()));
      }
    }
  }

  /** People mentioned in this revision but not in the one before it. */
  private List<Long> newMentions(String space, long pageId, Revision revision) {
    Set<String> usernames = WikiText.mentions(revision.body());
    if (revision.number() > 1) {
      store
          .revision(space, pageId, revision.number() - 1)
          .ifPresent(before -> usernames.removeAll(WikiText.mentions(before.body())));
    }
    List<Long> ids = new ArrayList<>();
    usernames.forEach(u -> directory.activePerson(u).ifPresent(p -> ids.add(p.id())));
    return ids;
  }

  /** Of {@code candidates}, those not {@code told} yet who may read the space; marks them told. */
  private List<Long> readers(String space, List<Long> candidates, Set<Long> told) {
    return candidates.stream()
        .filter(id -> !told.contains(id))
        .filter(id -> viewer(id).filter(v -> canRead(v, space)).isPresent())
        .filter(told::add)
        .toList();
  }

  private Optional<Caller> viewer(long personId) {
    return directory
        .activePerson(personId)
        .map(p -> new Caller(p.id(), p.username(), p.role(), null));
  }

  private boolean canRead(Caller viewer, String space) {
    try {
      policy.readable(viewer, space);
      return true;
    } catch (NotFound | Forbidden hidden) {
      return false;
    }
  }

  private record Recipients(String type, List<Long> ids) {}

  private static JsonNode payload(OutboxEvent event) {
    try {
      return Json.mapper().readTree(event.payload());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("outbox event " + event.id() + " has no JSON payload", e);
    }
  }
}
