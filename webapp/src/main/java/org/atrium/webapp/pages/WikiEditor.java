package org.atrium.webapp.pages;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.atrium.people.PersonRef;
import org.atrium.wiki.EditConflict;
import org.atrium.wiki.PageSummary;
import org.atrium.wiki.WikiPage;
import org.atrium.wiki.WikiText;

/**
 * The page editor, for new pages and existing ones: labelled fields, inline errors, a preview the
 * server renders (so it works without JavaScript), and, when someone else saved first, the conflict
 * screen with their changes and a merge, while the editor keeps the person's own text.
 */
final class WikiEditor {

  private WikiEditor() {}

  /** What the editor shows besides its fields: errors, a preview, a conflict, or nothing. */
  record Extras(FormErrors errors, boolean previewed, EditConflict conflict) {
    static final Extras NONE = new Extras(FormErrors.NONE, false, null);

    static Extras errors(FormErrors errors) {
      return new Extras(errors, false, null);
    }

    static Extras withPreview() {
      return new Extras(FormErrors.NONE, true, null);
    }

    static Extras conflict(EditConflict conflict) {
      return new Extras(FormErrors.NONE, false, conflict);
    }
  }

  static Response render(
      int status,
      Map<String, Object> model,
      String space,
      String action,
      WikiForm form,
      List<PageSummary> pages,
      Extras extras,
      Templates t,
      TimeView.Clock clock) {
    WikiFrame.putTree(model, space, pages, form.base() == 0 ? null : form.slug());
    model.put("editAction", action);
    model.put("creating", form.base() == 0);
    model.put("form", form);
    model.put("parents", form.parents(pages, t));
    model.put("errors", extras.errors());
    if (extras.previewed()) {
      model.put("previewHtml", WikiText.render(space, form.body()));
    }
    if (extras.conflict() != null) {
      model.put("conflict", conflict(extras.conflict(), form, t, clock));
    }
    return Response.status(status).entity(t.render("wiki/edit", model)).build();
  }

  private static Map<String, Object> conflict(
      EditConflict conflict, WikiForm yours, Templates t, TimeView.Clock clock) {
    WikiPage current = conflict.current();
    String label = t.text("wiki_revision", current.revision());
    return Map.ofEntries(
        Map.entry("currentLabel", label),
        Map.entry(
            "editor",
            PersonView.of(
                new PersonRef(
                    current.updatedBy().username(), current.updatedBy().displayName(), null))),
        Map.entry("time", TimeView.of(current.updatedAt(), clock)),
        Map.entry("theirTitle", current.title()),
        Map.entry("titleDiffers", !current.title().equals(yours.title())),
        Map.entry("theirBody", current.body()),
        Map.entry("caption", t.text("wiki_conflict_changes", conflict.base(), current.revision())),
        Map.entry("fromLabel", t.text("wiki_revision", conflict.base())),
        Map.entry("toLabel", label),
        Map.entry("rows", DiffView.of(conflict.theirChanges(), t)),
        Map.entry("merged", yours.withBody(conflict.merged().text())),
        Map.entry("clean", conflict.merged().clean()),
        Map.entry(
            "mergeState",
            conflict.merged().clean()
                ? t.text("wiki_merge_clean")
                : t.text("wiki_merge_conflicts", conflict.merged().conflicts())));
  }
}
