package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.atrium.communities.Community;
import org.atrium.communities.QuestionService;
import org.atrium.people.DirectoryService;
import org.atrium.people.Person;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Role;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.Space;

/**
 * A community's home: its purpose and rules, pinned resources, newest and unanswered questions, its
 * experts, and the way to ask. Non-readers of a private community see only purpose and rules.
 */
@Path(Links.SPACES + "/{slug}/" + SpaceHead.COMMUNITY)
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class CommunityPage {

  private static final int SHOWN = 5;

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;
  @Inject private org.atrium.communities.CommunityService communities;
  @Inject private QuestionService questions;
  @Inject private PageFrame frame;
  @Inject private Templates templates;

  /** A pinned resource: where it leads and what it is. */
  record PinView(String title, String href, String kind) {}

  @GET
  public String show(@PathParam("slug") String slug, @QueryParam("flash") String flash) {
    Caller viewer = caller.get();
    Community community = communities.get(viewer, slug);
    Space space = community.space();
    Person me = directory.me(viewer);
    Map<String, Object> model =
        frame.page(
            templates.text("qa_home_heading", space.name()), me, PageModel.Nav.NONE, space.slug());
    frame.flash(model, flash);
    SpaceHead.put(model, viewer, space, SpaceHead.Tab.QA, templates);
    model.put("purpose", community.purpose());
    model.put("rules", community.rules());
    if (AccessPolicy.canRead(viewer, space)) {
      TimeView.Clock clock = TimeView.Clock.of(me, templates);
      model.put("readable", true);
      model.put(
          "pins",
          community.pins().stream()
              .map(
                  p ->
                      new PinView(
                          p.title(),
                          p.kind().equals("page")
                              ? Links.space(slug, "pages/" + p.ref())
                              : "/api/v1/files/" + p.ref(),
                          templates.text("qa_pin_" + p.kind())))
              .toList());
      model.put("hasPins", !community.pins().isEmpty());
      model.put("experts", community.experts().stream().map(PersonView::of).toList());
      model.put("hasExperts", !community.experts().isEmpty());
      model.put(
          "newest",
          QuestionItem.of(
              questions.list(viewer, slug, null, null, null, null, SHOWN).items(),
              clock,
              templates));
      model.put(
          "unanswered",
          QuestionItem.of(
              questions.list(viewer, slug, "unanswered", null, null, null, SHOWN).items(),
              clock,
              templates));
      model.put("listHref", Links.space(slug, QuestionsPage.PATH));
      if (AccessPolicy.canContribute(viewer, space)) {
        model.put("askHref", Links.space(slug, QuestionsPage.PATH + "/" + QuestionsPage.ASK));
      }
    }
    if (space.role() == null && !AccessPolicy.canContribute(viewer, space)) {
      model.put("joinHint", true);
    }
    if (AccessPolicy.canManage(viewer, space) || viewer.is(Role.HR)) {
      model.put("analyticsHref", Links.space(slug, AnalyticsPage.PATH));
    }
    return templates.render("communities/home", model);
  }
}
