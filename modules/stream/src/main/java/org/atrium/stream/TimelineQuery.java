package org.atrium.stream;

/**
 * A page of a timeline, Mastodon-style: statuses older than {@code maxId}, or the ones just newer
 * than {@code minId}; newest first either way.
 */
public record TimelineQuery(Long maxId, Long minId, int limit) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 40;

  public static TimelineQuery latest(int limit) {
    return new TimelineQuery(null, null, limit);
  }
}
