package org.atrium.search;

import java.time.Instant;

/**
 * A content search as asked: the text, filters (each null when absent) and paging.
 *
 * @param type the plural type name ({@code people}, {@code statuses}, {@code pages}, {@code
 *     spaces}, {@code skills}, later {@code questions} and {@code files})
 * @param sort {@code relevance} (default) or {@code date} (newest first)
 */
public record SearchRequest(
    String q,
    String type,
    String space,
    String author,
    Instant from,
    Instant to,
    String businessUnit,
    String location,
    String skill,
    String tag,
    String sort,
    int limit,
    int offset) {

  public static final int MAX_LIMIT = 50;
  public static final int MAX_OFFSET = 1000;

  public SearchRequest {
    limit = Math.clamp(limit <= 0 ? 20 : limit, 1, MAX_LIMIT);
    offset = Math.clamp(offset, 0, MAX_OFFSET);
    sort = sort == null || sort.isBlank() ? "relevance" : sort;
  }

  /** A relevance search for {@code q} with no filter. */
  public static SearchRequest of(String q) {
    return new SearchRequest(q, null, null, null, null, null, null, null, null, null, null, 20, 0);
  }
}
