package org.atrium.webapp.pages;

import java.util.List;
import org.atrium.stream.Status;
import org.atrium.stream.TimelineQuery;

/**
 * One page of a timeline as post cards, newest first, with a link to older posts. Only the newest
 * page listens for live posts: on an older page, new ones are not what the person is reading.
 *
 * @param live what the live script counts new posts for: {@code home}, or {@code space:<slug>};
 *     null when this page does not listen
 * @param liveHref the newest page, which the "new posts" notice loads
 * @param empty what to say, and suggest, when there are no posts at all
 */
record StreamView(
    List<StatusView> posts,
    boolean hasPosts,
    String empty,
    String olderHref,
    String newestHref,
    String live,
    String liveHref) {

  /** Posts per page; one more is read to know whether there are older ones. */
  static final int PAGE = 20;

  /** A timeline page of {@code base}; {@code fragment} is where the page's stream starts. */
  record Source(String base, String fragment, String live, String empty) {}

  /** The query for the page older than {@code maxId} (the newest page when null). */
  static TimelineQuery query(Long maxId) {
    return new TimelineQuery(maxId, null, PAGE + 1);
  }

  /**
   * The page of {@code fetched} (as {@link #query} read it) for {@code source}; {@code maxId} is
   * the page's own {@code max_id}, null for the newest.
   */
  static StreamView of(List<Status> fetched, Long maxId, Source source, StatusCards cards) {
    List<Status> shown = fetched.subList(0, Math.min(PAGE, fetched.size()));
    String fragment = source.fragment() == null ? "" : "#" + source.fragment();
    String separator = source.base().contains("?") ? "&" : "?";
    String older =
        fetched.size() > PAGE
            ? source.base() + separator + "max_id=" + shown.getLast().id() + fragment
            : null;
    return new StreamView(
        cards.cards(shown),
        !shown.isEmpty(),
        source.empty(),
        older,
        maxId == null ? null : source.base() + fragment,
        maxId == null ? source.live() : null,
        source.base());
  }

  /** A {@code max_id} from a link; anything else shows the newest page. */
  static Long maxId(String param) {
    if (param == null || !param.matches("\\d{1,18}")) {
      return null;
    }
    return Long.parseLong(param);
  }
}
