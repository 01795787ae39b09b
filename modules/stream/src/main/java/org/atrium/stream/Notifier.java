package org.atrium.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.atrium.platform.Json;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.db.Tx;
import org.atrium.platform.outbox.Outbox;
import org.atrium.platform.outbox.OutboxConsumer;
import org.atrium.platform.outbox.OutboxEvent;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.SpaceAccess;
import org.atrium.stream.store.NotificationStore;
import org.atrium.stream.store.StatusStore;

/**
 * Turns committed events into notifications: mentions, replies, favourites, follows, space
 * invitations, and the wiki's edits of watched pages and mentions on pages. Runs from the outbox,
 * so a post commits without waiting for it and a crash in between loses nothing; each notification
 * is made once per event even if the event comes twice, and only for people the access policy lets
 * read what it is about.
 */
public final class Notifier implements OutboxConsumer {

  /**
   * The wiki's requests to notify people about a page: it decides who (watchers, people newly
   * mentioned, all of whom may read the space), this notifier stores and pushes the notifications.
   */
  static final String WIKI_NOTIFICATION = "wiki.notification";

  private static final Set<String> TOPICS =
      Set.of(
          StreamEvents.STATUS_CREATED,
          StreamEvents.STATUS_FAVOURITED,
          StreamEvents.PERSON_FOLLOWED,
          "space.membership",
          WIKI_NOTIFICATION);

  private final Tx tx;
  private final StatusStore statuses;
  private final NotificationStore notifications;
  private final AccessPolicy policy;
  private final Viewers viewers;
  private final org.atrium.people.DirectoryService directory;
  private final StreamEvents events;
  private final Clock clock;

  public Notifier(
      Tx tx,
      StatusStore statuses,
      NotificationStore notifications,
      AccessPolicy policy,
      org.atrium.people.DirectoryService directory,
      Outbox outbox,
      Clock clock) {
    this.tx = tx;
    this.statuses = statuses;
    this.notifications = notifications;
    this.policy = policy;
    this.viewers = new Viewers(directory);
    this.directory = directory;
    this.events = new StreamEvents(outbox);
    this.clock = clock;
  }

  @Override
  public String name() {
    return "notifier";
  }

  @Override
  public boolean accepts(String topic) {
    return TOPICS.contains(topic);
  }

  @Override
  public void handle(OutboxEvent event) {
    JsonNode payload = payload(event);
    tx.write(
        () -> {
          switch (event.topic()) {
            case StreamEvents.STATUS_CREATED ->
                statusCreated(event, payload.get("status_id").asLong());
            case StreamEvents.STATUS_FAVOURITED ->
                favourited(
                    event, payload.get("status_id").asLong(), payload.get("person_id").asLong());
            case StreamEvents.PERSON_FOLLOWED ->
                notify(
                    payload.get("followee_id").asLong(),
                    "follow",
                    payload.get("follower_id").asLong(),
                    null,
                    null,
                    event);
            case WIKI_NOTIFICATION -> wikiPage(payload);
            default -> membership(event, payload);
          }
        });
  }

  private void statusCreated(OutboxEvent event, long statusId) {
    StatusRow status = statuses.row(statusId).filter(s -> !s.deleted()).orElse(null);
    if (status == null) {
      return;
    }
    Set<Long> notified = new HashSet<>();
    notified.add(status.authorId());
    if (status.inReplyToId() != null) {
      statuses
          .row(status.inReplyToId())
          .map(StatusRow::authorId)
          .filter(notified::add)
          .ifPresent(parentAuthor -> notifyIfReadable(parentAuthor, "reply", status, event));
    }
    for (long mentioned : statuses.mentionedIds(statusId)) {
      if (notified.add(mentioned)) {
        notifyIfReadable(mentioned, "mention", status, event);
      }
    }
  }

  private void favourited(OutboxEvent event, long statusId, long favouriterId) {
    statuses
        .row(statusId)
        .filter(s -> !s.deleted() && s.authorId() != favouriterId)
        .ifPresent(s -> notifyIfReadable(s.authorId(), "favourite", s, event, favouriterId));
  }

  private void membership(OutboxEvent event, JsonNode payload) {
    String username = payload.get("username").asText();
    String by = payload.get("by").asText();
    if (payload.get("role").asText().equals("none") || username.equals(by)) {
      return;
    }
    directory
        .activePerson(username)
        .flatMap(invited -> viewers.of(invited.id()))
        .ifPresent(
            invited -> {
              SpaceAccess space = policy.visible(invited, payload.get("slug").asText());
              Long actor = directory.activePerson(by).map(p -> p.id()).orElse(null);
              notify(invited.accountId(), "space_invite", actor, null, space.id(), event);
            });
  }

  /**
   * One notification per recipient the wiki named, keyed by the wiki event it is about, so that a
   * second delivery of either event notifies nobody twice.
   */
  private void wikiPage(JsonNode payload) {
    Notification.PageRef page =
        new Notification.PageRef(
            payload.get("page").asText(),
            payload.get("title").asText(),
            payload.get("revision").asInt());
    String type = payload.get("type").asText();
    long actor = payload.get("actor_id").asLong();
    long spaceId = payload.get("space_id").asLong();
    long source = payload.get("source_event_id").asLong();
    for (JsonNode recipient : payload.get("recipient_ids")) {
      long id =
          notifications.add(
              recipient.asLong(), type, actor, null, spaceId, page, null, source, clock.instant());
      if (id > 0) {
        events.notificationCreated(id, recipient.asLong());
      }
    }
  }

  private void notifyIfReadable(long recipient, String type, StatusRow status, OutboxEvent event) {
    notifyIfReadable(recipient, type, status, event, status.authorId());
  }

  private void notifyIfReadable(
      long recipient, String type, StatusRow status, OutboxEvent event, long actor) {
    viewers
        .of(recipient)
        .filter(viewer -> readable(viewer, status))
        .ifPresent(viewer -> notify(recipient, type, actor, status.id(), null, event));
  }

  private boolean readable(Caller viewer, StatusRow status) {
    return policy.readableSpaces(viewer).includes(status.spaceId(), status.spaceVisibility());
  }

  private void notify(
      long recipient, String type, Long actor, Long statusId, Long spaceId, OutboxEvent event) {
    long id =
        notifications.add(recipient, type, actor, statusId, spaceId, event.id(), clock.instant());
    if (id > 0) {
      events.notificationCreated(id, recipient);
    }
  }

  static JsonNode payload(OutboxEvent event) {
    try {
      return Json.mapper().readTree(event.payload());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("outbox event " + event.id() + " has no JSON payload", e);
    }
  }
}
