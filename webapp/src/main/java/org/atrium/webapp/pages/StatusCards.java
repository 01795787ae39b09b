package org.atrium.webapp.pages;

import java.util.List;
import org.atrium.people.Person;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Role;
import org.atrium.stream.Status;

/** Turns statuses into post cards for one viewer: their clock, and what they may do. */
final class StatusCards {

  static final String FAVOURITE = "favourite";
  static final String UNFAVOURITE = "unfavourite";
  static final String DELETE = "delete";

  private final Caller viewer;
  private final TimeView.Clock clock;
  private final Templates t;

  StatusCards(Caller viewer, Person me, Templates t) {
    this.viewer = viewer;
    this.clock = TimeView.Clock.of(me, t);
    this.t = t;
  }

  List<StatusView> cards(List<Status> statuses) {
    return statuses.stream().map(this::card).toList();
  }

  StatusView card(Status status) {
    String href = Links.thread(status.id());
    return new StatusView(
        status.id(),
        anchor(status.id()),
        PersonView.of(status.account()),
        TimeView.of(status.createdAt(), clock),
        href,
        status.space() == null
            ? null
            : new StatusView.SpaceLink(status.space().name(), Links.space(status.space().slug())),
        status.content(),
        t.text("post_about", status.account().displayName()),
        href + "#reply",
        status.repliesCount() == 0 ? null : t.text("post_replies", status.repliesCount()),
        status.favourited(),
        status.favouritesCount() == 0 ? null : t.text("post_likes", status.favouritesCount()),
        Links.statusAction(status.id(), status.favourited() ? UNFAVOURITE : FAVOURITE),
        deletable(status) ? Links.statusAction(status.id(), DELETE) : null);
  }

  /** The id of a post card on the page, for links that scroll to it. */
  static String anchor(long statusId) {
    return "status-" + statusId;
  }

  /** Authors delete their own posts; moderators and admins any post (the service decides). */
  private boolean deletable(Status status) {
    return status.account().username().equals(viewer.username())
        || viewer.is(Role.MODERATOR)
        || viewer.is(Role.ADMIN);
  }
}
