package org.atrium.stream.rest;

import java.time.Instant;
import java.util.List;
import org.atrium.people.PersonRef;
import org.atrium.stream.Notification;
import org.atrium.stream.Status;

/** A status on the wire, Mastodon-shaped. */
public record StatusJson(
    String id,
    Instant createdAt,
    Instant editedAt,
    AccountJson account,
    SpaceJson space,
    String content,
    String text,
    String inReplyToId,
    List<AccountJson> mentions,
    List<TagJson> tags,
    int favouritesCount,
    int repliesCount,
    boolean favourited,
    String url) {

  static StatusJson of(Status s) {
    return new StatusJson(
        Long.toString(s.id()),
        s.createdAt(),
        s.editedAt(),
        AccountJson.of(s.account()),
        s.space() == null ? null : new SpaceJson(s.space().slug(), s.space().name()),
        s.content(),
        s.text(),
        s.inReplyToId() == null ? null : Long.toString(s.inReplyToId()),
        s.mentions().stream().map(AccountJson::of).toList(),
        s.tags().stream().map(t -> new TagJson(t, "/tags/" + t)).toList(),
        s.favouritesCount(),
        s.repliesCount(),
        s.favourited(),
        "/statuses/" + s.id());
  }

  /** The author or a mentioned person. */
  public record AccountJson(String username, String displayName) {
    static AccountJson of(PersonRef p) {
      return p == null ? null : new AccountJson(p.username(), p.displayName());
    }
  }

  /** The space a status lives in. */
  public record SpaceJson(String slug, String name) {}

  /** A hashtag of a status. */
  public record TagJson(String name, String url) {}

  /** A notification on the wire. */
  public record NotificationJson(
      String id,
      String type,
      Instant createdAt,
      AccountJson account,
      StatusJson status,
      SpaceJson space,
      PageJson page,
      SubjectJson subject) {
    static NotificationJson of(Notification n) {
      return new NotificationJson(
          Long.toString(n.id()),
          n.type(),
          n.createdAt(),
          AccountJson.of(n.account()),
          n.status() == null ? null : StatusJson.of(n.status()),
          n.space() == null ? null : new SpaceJson(n.space().slug(), n.space().name()),
          n.page() == null || n.space() == null ? null : PageJson.of(n.space().slug(), n.page()),
          n.subject() == null
              ? null
              : new SubjectJson(n.subject().url(), n.subject().title(), n.subject().note()));
    }
  }

  /** The wiki page a notification is about, at the revision it is about, and its address. */
  public record PageJson(String slug, String title, int revision, String url) {
    static PageJson of(String space, Notification.PageRef page) {
      return new PageJson(
          page.slug(), page.title(), page.revision(), "/spaces/" + space + "/pages/" + page.slug());
    }
  }

  /** What a notification is about when it is not a post, such as a question. */
  public record SubjectJson(String url, String title, String note) {}
}
