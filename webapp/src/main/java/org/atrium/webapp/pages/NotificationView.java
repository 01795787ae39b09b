package org.atrium.webapp.pages;

import org.atrium.stream.Notification;

/**
 * A notification in words ("Anna Berg liked your post"), linking to what it is about.
 *
 * @param content the sanitised HTML of the post it is about, or null
 * @param note why it concerns the recipient (plain text), or null
 */
record NotificationView(
    long id,
    PersonView actor,
    String text,
    String href,
    String content,
    String note,
    TimeView time,
    String dismissAction) {

  static NotificationView of(Notification n, TimeView.Clock clock, Templates t) {
    String actor = n.account() == null ? t.text("notification_someone") : n.account().displayName();
    return new NotificationView(
        n.id(),
        n.account() == null ? null : PersonView.of(n.account()),
        text(n, actor, t),
        href(n),
        n.status() == null ? null : n.status().content(),
        n.subject() == null ? null : n.subject().note(),
        TimeView.of(n.createdAt(), clock),
        Links.NOTIFICATIONS + "/" + n.id() + "/dismiss");
  }

  private static String text(Notification n, String actor, Templates t) {
    String key = "notification_" + n.type();
    if (n.subject() != null && t.has(key)) {
      return t.text(key, actor, n.subject().title());
    }
    if (n.space() != null && n.type().equals("space_invite")) {
      return t.text(key, actor, n.space().name());
    }
    if (n.page() != null && t.has(key)) {
      return t.text(key, actor, n.page().title());
    }
    return t.has(key) ? t.text(key, actor) : t.text("notification_other", actor);
  }

  /**
   * The post in its thread, the wiki page, the space one was added to, or the person who followed.
   */
  private static String href(Notification n) {
    if (n.subject() != null) {
      return n.subject().url();
    }
    if (n.status() != null) {
      return Links.thread(n.status().id()) + "#" + StatusCards.anchor(n.status().id());
    }
    if (n.page() != null && n.space() != null) {
      // a deleted page is gone from the tree; its wiki shows what is left and what was deleted
      return n.type().equals("wiki_delete")
          ? Links.wiki(n.space().slug())
          : Links.wikiPage(n.space().slug(), n.page().slug(), null);
    }
    if (n.space() != null) {
      return Links.space(n.space().slug());
    }
    return n.account() == null ? Links.NOTIFICATIONS : Links.profile(n.account().username());
  }
}
