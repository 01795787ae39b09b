package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.atrium.people.DirectoryService;
import org.atrium.people.Person;
import org.atrium.people.PersonSummary;
import org.atrium.platform.auth.Caller;
import org.atrium.stream.FollowService;
import org.atrium.stream.TimelineService;

/** A person's profile: who they are, their skills and endorsements, and where they sit. */
@Path(Links.DIRECTORY + "/{username}")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class ProfilePage {

  /** Messages about skills, shown next to the skills rather than at the top of the page. */
  private static final Set<Flash> SKILL_FLASHES = EnumSet.of(Flash.ENDORSED, Flash.WITHDRAWN);

  private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;
  @Inject private TimelineService timelines;
  @Inject private FollowService follows;
  @Inject private Templates templates;
  @Inject private PageFrame frame;
  @Context private UriInfo uri;

  @GET
  public String show(
      @PathParam("username") String username,
      @QueryParam("max_id") String maxId,
      @QueryParam("flash") String flash) {
    Caller viewer = caller.get();
    Person person = directory.profile(viewer, username);
    boolean self = person.username().equals(viewer.username());
    boolean canEndorse = !self && !viewer.isGuest();
    Person me = self ? person : directory.me(viewer);
    Map<String, Object> model =
        frame.page(person.displayName(), me, self ? PageModel.Nav.MY_PROFILE : PageModel.Nav.NONE);
    model.put("person", PersonView.of(person));
    model.put("profile", person);
    model.put("self", self);
    model.put("editHref", Links.editProfile(person.username()));
    if (person.email() != null) {
      model.put("mailto", Links.mailto(person.email()));
    }
    if (person.timeZone() != null) {
      model.put("localTime", localTime(person.timeZone()));
    }
    model.put("unitHref", directoryOf("business_unit", person.businessUnit()));
    model.put("locationHref", directoryOf("location", person.location()));
    model.put(
        "skills",
        person.skills().stream()
            .map(s -> SkillView.of(person.username(), s, canEndorse, templates))
            .toList());
    model.put("hasAbout", person.about() != null || person.askMeAbout() != null);
    model.put("hasSkills", !person.skills().isEmpty());
    putOrgChart(model, viewer, person);
    putPosts(model, viewer, me, person, StreamView.maxId(maxId));
    model.put("back", Back.of(uri));
    if (!self) {
      putFollow(model, viewer, person);
    }
    putFlash(model, flash);
    return templates.render("profile", model);
  }

  /** The button that follows or unfollows the person, so their posts reach the viewer's home. */
  private void putFollow(Map<String, Object> model, Caller viewer, Person person) {
    boolean following = follows.follows(viewer, person.username());
    model.put("following", following);
    model.put(
        "followAction",
        Links.personAction(
            person.username(), following ? FollowActions.UNFOLLOW : FollowActions.FOLLOW));
  }

  private void putFlash(Map<String, Object> model, String code) {
    Optional<Flash> flash = Flash.of(code);
    if (flash.isPresent() && SKILL_FLASHES.contains(flash.get())) {
      model.put("skillFlash", templates.text(flash.get().key()));
    } else {
      frame.flash(model, code);
    }
  }

  /** The person's recent posts that the viewer may read, with a link to older ones. */
  private void putPosts(
      Map<String, Object> model, Caller viewer, Person me, Person person, Long maxId) {
    StreamView.Source source =
        new StreamView.Source(
            Links.profile(person.username()),
            "posts",
            null,
            templates.text("profile_posts_empty", person.displayName()));
    model.put(
        "stream",
        StreamView.of(
            timelines.person(viewer, person.username(), StreamView.query(maxId)),
            maxId,
            source,
            new StatusCards(viewer, me, templates)));
  }

  private void putOrgChart(Map<String, Object> model, Caller viewer, Person person) {
    List<PersonView> chain = topDown(directory.managerChain(viewer, person.username()));
    List<PersonView> reports = chips(directory.reports(viewer, person.username()));
    model.put("chain", chain);
    model.put("hasChain", !chain.isEmpty());
    model.put("chainHint", templates.text("profile_chain_hint", person.displayName()));
    model.put("topText", templates.text("profile_chain_top", person.displayName()));
    model.put("reports", reports);
    model.put("hasReports", !reports.isEmpty());
    model.put("reportsHeading", templates.text("profile_reports", reports.size()));
  }

  /** The manager chain from the top of the organisation down to the nearest manager. */
  private List<PersonView> topDown(List<PersonSummary> nearestFirst) {
    return chips(nearestFirst).reversed();
  }

  private List<PersonView> chips(List<PersonSummary> people) {
    return people.stream().map(p -> PersonView.of(p, templates)).toList();
  }

  private String localTime(String zone) {
    ZonedDateTime now = ZonedDateTime.now(ZoneId.of(zone));
    return templates.text("profile_local_time", CLOCK_TIME.format(now), zone);
  }

  private static String directoryOf(String filter, String value) {
    return value == null ? null : Links.DIRECTORY + "?" + filter + "=" + Links.segment(value);
  }
}
