package org.atrium.wiki.rest;

import java.time.Instant;
import org.atrium.wiki.Author;
import org.atrium.wiki.PageSlugs;
import org.atrium.wiki.PageSummary;
import org.atrium.wiki.WikiPage;

/** A page on the wire: its Markdown source, its sanitised HTML, and where it sits in the tree. */
public record PageJson(
    String space,
    String slug,
    String title,
    String parent,
    String body,
    String html,
    int revision,
    Instant createdAt,
    Instant updatedAt,
    AuthorJson updatedBy,
    String url) {

  static PageJson of(WikiPage p) {
    return new PageJson(
        p.space(),
        p.slug(),
        p.title(),
        p.parent(),
        p.body(),
        p.html(),
        p.revision(),
        p.createdAt(),
        p.updatedAt(),
        AuthorJson.of(p.updatedBy()),
        PageSlugs.path(p.space(), p.slug()));
  }

  /** A page in the tree or in a list of backlinks. */
  public record SummaryJson(
      String slug, String title, String parent, int revision, Instant updatedAt) {
    static SummaryJson of(PageSummary p) {
      return new SummaryJson(p.slug(), p.title(), p.parent(), p.revision(), p.updatedAt());
    }
  }

  /** Who saved a revision. */
  public record AuthorJson(String username, String displayName) {
    static AuthorJson of(Author a) {
      return new AuthorJson(a.username(), a.displayName());
    }
  }
}
