package org.atrium.search;

/**
 * An expertise search.
 *
 * @param q the topic
 * @param view {@code ranked} (default) or {@code cross_unit}, which takes the best of each business
 *     unit in turn so that one unit cannot fill the list
 * @param signals {@code all} (default) or {@code declared}: declared skills and endorsements only,
 *     the baseline the relevance evaluation compares against
 */
public record ExpertRequest(
    String q, String businessUnit, String location, int limit, String view, String signals) {

  public static final int MAX_LIMIT = 50;

  public ExpertRequest {
    limit = Math.clamp(limit <= 0 ? 10 : limit, 1, MAX_LIMIT);
    view = view == null || view.isBlank() ? "ranked" : view;
    signals = signals == null || signals.isBlank() ? "all" : signals;
  }
}
