package org.atrium.webapp.pages;

import org.atrium.people.PersonRef;
import org.atrium.wiki.RevisionSummary;

/**
 * A revision as the history lists it: number, title, who saved it and when, why, and the addresses
 * to see it, its changes, and restore it.
 *
 * @param restoreAction null for the current revision, which there is nothing to restore of
 */
record RevisionView(
    int number,
    String label,
    String title,
    PersonView author,
    TimeView time,
    String comment,
    String href,
    String changesHref,
    String restoreAction,
    boolean current,
    boolean first) {

  static RevisionView of(
      String space,
      String page,
      RevisionSummary r,
      int current,
      TimeView.Clock clock,
      Templates t) {
    String base = Links.wikiPage(space, page, null);
    return new RevisionView(
        r.number(),
        t.text("wiki_revision", r.number()),
        r.title(),
        PersonView.of(new PersonRef(r.author().username(), r.author().displayName(), null)),
        TimeView.of(r.createdAt(), clock),
        r.comment(),
        base + "/revisions/" + r.number(),
        base + "/diff?from=" + (r.number() - 1) + "&to=" + r.number(),
        r.number() == current ? null : base + "/revisions/" + r.number() + "/restore",
        r.number() == current,
        r.number() == 1);
  }
}
