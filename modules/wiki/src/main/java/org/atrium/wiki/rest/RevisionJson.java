package org.atrium.wiki.rest;

import java.time.Instant;
import org.atrium.wiki.PageDiff;
import org.atrium.wiki.Revision;
import org.atrium.wiki.RevisionSummary;

/** One revision of a page on the wire, with its source and rendered HTML. */
public record RevisionJson(
    int number,
    String title,
    String body,
    String html,
    String comment,
    PageJson.AuthorJson author,
    Instant createdAt) {

  static RevisionJson of(Revision r) {
    return new RevisionJson(
        r.number(),
        r.title(),
        r.body(),
        r.html(),
        r.comment(),
        PageJson.AuthorJson.of(r.author()),
        r.createdAt());
  }

  /** A revision in a page's history. */
  public record SummaryJson(
      int number, String title, String comment, PageJson.AuthorJson author, Instant createdAt) {
    static SummaryJson of(RevisionSummary r) {
      return new SummaryJson(
          r.number(), r.title(), r.comment(), PageJson.AuthorJson.of(r.author()), r.createdAt());
    }
  }

  /** What changed between two revisions, as unified text and as HTML. */
  public record DiffJson(int from, int to, String unified, String html) {
    static DiffJson of(PageDiff d) {
      return new DiffJson(d.from(), d.to(), d.unified(), d.html());
    }
  }
}
