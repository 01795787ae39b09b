package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.atrium.communities.AnalyticsService;
import org.atrium.communities.CommunityAnalytics;
import org.atrium.platform.auth.Caller;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceService;

/**
 * The analytics dashboard of a community for its owners and HR: key figures, two bar charts with
 * the same figures as tables, top contributors, and the CSV download. Figures under the privacy
 * threshold say so instead of showing a number.
 */
@Path(Links.SPACES + "/{slug}/" + AnalyticsPage.PATH)
public final class AnalyticsPage {

  static final String PATH = "analytics";

  @Inject private Provider<Caller> caller;
  @Inject private SpaceService spaces;
  @Inject private AnalyticsService analytics;
  @Inject private PageFrame frame;
  @Inject private Templates templates;

  /** A key figure: its name and value, or why it is withheld. */
  record Figure(String label, String value) {}

  @GET
  @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
  public String show(@PathParam("slug") String slug) {
    Caller viewer = caller.get();
    CommunityAnalytics a = analytics.analytics(viewer, slug);
    Space space = spaces.get(viewer, slug);
    Map<String, Object> model =
        frame.page(templates.text("qa_analytics_heading", space.name()), PageModel.Nav.NONE, slug);
    SpaceHead.put(model, viewer, space, SpaceHead.Tab.QA, templates);
    String withheld = templates.text("qa_withheld", a.privacyThreshold());
    String none = templates.text("qa_not_available");
    model.put(
        "figures",
        java.util.List.of(
            new Figure(templates.text("qa_members"), Integer.toString(a.members())),
            new Figure(
                templates.text("qa_active_members"),
                a.activeMembers() == null ? withheld : a.activeMembers().toString()),
            new Figure(templates.text("qa_questions"), Integer.toString(a.questions())),
            new Figure(
                templates.text("qa_answered_share"),
                a.answeredShare() == null ? none : Math.round(a.answeredShare() * 100) + " %"),
            new Figure(
                templates.text("qa_median_first_answer"),
                a.medianHoursToFirstAnswer() == null
                    ? none
                    : templates.text("qa_hours", a.medianHoursToFirstAnswer())),
            new Figure(
                templates.text("qa_cross_unit"),
                a.crossUnitAnswers() == null
                    ? withheld
                    : a.crossUnitAnswers().count()
                        + " ("
                        + Math.round(a.crossUnitAnswers().share() * 100)
                        + " %)")));
    model.put(
        "membersChart",
        BarChart.of(
            "members-chart",
            templates.text("qa_members_over_time"),
            a.membersOverTime(),
            templates));
    model.put(
        "questionsChart",
        BarChart.of(
            "questions-chart",
            templates.text("qa_questions_per_week"),
            a.questionsPerWeek(),
            templates));
    model.put("membersWeeks", a.membersOverTime());
    model.put("questionWeeks", a.questionsPerWeek());
    if (a.topContributors() == null) {
      model.put("contributorsWithheld", withheld);
    } else {
      model.put("contributors", a.topContributors());
    }
    model.put("csvHref", Links.space(slug, PATH + "/export.csv"));
    return templates.render("communities/analytics", model);
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  public Response csv(@PathParam("slug") String slug) {
    return Response.ok(analytics.csv(caller.get(), slug))
        .type("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + slug + "-analytics.csv\"")
        .build();
  }
}
