package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.atrium.people.DirectoryService;
import org.atrium.people.Person;
import org.atrium.people.ProfileService;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.FieldError;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.error.InvalidInput;

/**
 * Editing your own profile: name, about, ask me about and time zone. A rejected form comes back
 * with what was typed and an error next to each field at fault.
 */
@Path(Links.DIRECTORY + "/{username}/edit")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class EditProfilePage {

  private static final int UNPROCESSABLE = 422;

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;
  @Inject private ProfileService profiles;
  @Inject private Templates templates;
  @Inject private PageFrame frame;

  /** An entry of the error summary above the form, linking to its field. */
  record ErrorItem(String field, String label, String message) {}

  @GET
  public Response form(@PathParam("username") String username) {
    Person me = ownProfile(username);
    return page(200, me, ProfileForm.of(me), List.of());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(
      @PathParam("username") String username,
      @FormParam(ProfileForm.DISPLAY_NAME) String displayName,
      @FormParam(ProfileForm.ABOUT) String about,
      @FormParam(ProfileForm.ASK_ME_ABOUT) String askMeAbout,
      @FormParam(ProfileForm.TIME_ZONE) String timeZone) {
    Person me = ownProfile(username);
    ProfileForm form = new ProfileForm(displayName, about, askMeAbout, timeZone);
    try {
      profiles.update(caller.get(), me.username(), form.changes());
    } catch (InvalidInput e) {
      return page(UNPROCESSABLE, me, form, e.errors());
    }
    return Response.seeOther(
            URI.create(Links.profile(me.username()) + "?flash=" + Flash.SAVED.code()))
        .build();
  }

  /** HR edits other people's job fields elsewhere; this page is only ever one's own. */
  private Person ownProfile(String username) {
    Caller viewer = caller.get();
    Person person = directory.profile(viewer, username);
    if (!person.username().equals(viewer.username())) {
      throw new Forbidden("you can only edit your own profile");
    }
    return person;
  }

  private Response page(int status, Person me, ProfileForm form, List<FieldError> errors) {
    Map<String, String> messages = ProfileForm.messages(errors, templates);
    String title = templates.text("edit_title");
    Map<String, Object> model =
        frame.page(
            messages.isEmpty() ? title : templates.text("page_title_error", title),
            me,
            PageModel.Nav.NONE);
    model.put("action", Links.editProfile(me.username()));
    model.put("profileHref", Links.profile(me.username()));
    model.put("values", form.values());
    model.put("errors", messages);
    model.put("errorSummary", summary(messages));
    model.put("hasErrors", !messages.isEmpty());
    model.put("errorCount", templates.text("edit_error_count", messages.size()));
    model.put("zones", TimeZones.COMMON);
    return Response.status(status).entity(templates.render("profile-edit", model)).build();
  }

  private List<ErrorItem> summary(Map<String, String> messages) {
    return messages.entrySet().stream()
        .map(e -> new ErrorItem(e.getKey(), label(e.getKey()), e.getValue()))
        .toList();
  }

  private String label(String field) {
    String key = "edit_label_" + field;
    return templates.has(key) ? templates.text(key) : field;
  }
}
