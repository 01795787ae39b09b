package org.atrium.webapp.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atrium.platform.error.FieldError;
import org.atrium.wiki.PageDraft;
import org.atrium.wiki.PageSummary;

/**
 * The page editor's fields as the browser sent them: the page's address (when creating), title,
 * parent, Markdown body, change comment, and the revision the editor started from ({@code base}, 0
 * when creating), which the form carries in a hidden field so that a stale save is recognised.
 */
record WikiForm(String slug, String title, String parent, String body, String comment, int base) {

  static final String SLUG = "slug";
  static final String TITLE = "title";
  static final String PARENT = "parent";
  static final String BODY = "body";
  static final String COMMENT = "comment";
  static final String BASE = "base";

  /** The submit button that was pressed: preview shows the rendered body, anything else saves. */
  static final String ACTION = "action";

  static final String PREVIEW = "preview";

  /** A choice of parent page in the editor's list. */
  record Choice(String value, String label, boolean selected) {}

  static WikiForm of(
      String slug, String title, String parent, String body, String comment, String base) {
    return new WikiForm(
        slug == null ? "" : slug.strip(),
        title == null ? "" : title,
        FormText.choice(parent),
        FormText.of(body),
        comment == null ? "" : comment,
        base == null || !base.matches("\\d{1,9}") ? 0 : Integer.parseInt(base));
  }

  PageDraft draft() {
    return new PageDraft(title, body, parent, comment);
  }

  /** The same text based on another revision: what saving from the conflict screen sends. */
  WikiForm basedOn(int revision) {
    return new WikiForm(slug, title, parent, body, comment, revision);
  }

  WikiForm withBody(String text) {
    return new WikiForm(slug, title, parent, text, comment, base);
  }

  /**
   * The pages this one may go under, plus the top of the tree; not the page itself (the service
   * also refuses any page below it).
   */
  List<Choice> parents(List<PageSummary> pages, Templates t) {
    List<Choice> choices = new ArrayList<>();
    choices.add(new Choice("", t.text("wiki_parent_none"), parent == null));
    pages.stream()
        .filter(p -> !p.slug().equals(slug))
        .forEach(p -> choices.add(new Choice(p.slug(), p.title(), p.slug().equals(parent))));
    return choices;
  }

  /** The service's field errors in the pages' words, where the bundle has words for them. */
  static Map<String, String> messages(List<FieldError> errors, Templates t) {
    Map<String, String> messages = new LinkedHashMap<>();
    for (FieldError error : errors) {
      String key = "wiki_error_" + error.field();
      messages.putIfAbsent(error.field(), t.has(key) ? t.text(key) : error.message());
    }
    return messages;
  }
}
