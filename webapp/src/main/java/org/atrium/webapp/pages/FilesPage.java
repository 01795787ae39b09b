package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import org.atrium.files.FileService;
import org.atrium.files.FileVersion;
import org.atrium.files.StoredFile;
import org.atrium.files.rest.MultipartNames;
import org.atrium.people.DirectoryService;
import org.atrium.people.Page;
import org.atrium.people.Person;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Role;
import org.atrium.platform.error.InvalidInput;
import org.atrium.platform.error.NotFound;
import org.atrium.platform.error.TooLarge;
import org.atrium.platform.rest.Callers;
import org.atrium.platform.rest.CsrfInMultipart;
import org.atrium.platform.rest.MaxBody;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceService;
import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * The files of a space: a list with an upload form (a plain multipart form, no script needed), and
 * each file's versions with a way to delete it for those who may.
 */
@Path(Links.SPACES + "/{slug}/" + FilesPage.FILES)
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class FilesPage {

  static final String FILES = "files";
  private static final int LIST_LIMIT = 100;

  @Inject private Provider<Caller> caller;
  @Inject private DirectoryService directory;
  @Inject private SpaceService spaces;
  @Inject private FileService files;
  @Inject private PageFrame frame;
  @Inject private Templates templates;
  @Context private ContainerRequestContext request;

  @GET
  public Response list(
      @PathParam("slug") String slug,
      @QueryParam("cursor") String cursor,
      @QueryParam("flash") String flash) {
    Map<String, Object> model = listModel(spaces.get(caller.get(), slug), cursor, null);
    frame.flash(model, flash);
    return render(200, "files", model);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @MaxBody(MaxBody.Kind.UPLOAD)
  @CsrfInMultipart
  public Response upload(
      @PathParam("slug") String slug,
      @FormDataParam("csrf") String csrf,
      @FormDataParam("file") InputStream content,
      @FormDataParam("file") FormDataContentDisposition part) {
    Callers.requireCsrf(request, csrf);
    String name = MultipartNames.of(part);
    if (content == null || name == null || name.isBlank()) {
      return refused(slug, 422, templates.text("files_error_missing"));
    }
    try {
      files.upload(caller.get(), slug, name, content);
    } catch (InvalidInput e) {
      return refused(slug, 422, templates.text("files_error_name"));
    } catch (TooLarge e) {
      return refused(slug, 413, templates.text("files_error_size", maxMegabytes()));
    }
    return Back.to(Links.space(slug, FILES), Flash.FILE_UPLOADED);
  }

  @GET
  @Path("{id}")
  public Response versions(
      @PathParam("slug") String slug,
      @PathParam("id") String id,
      @QueryParam("cursor") String cursor) {
    Caller viewer = caller.get();
    Space space = spaces.get(viewer, slug);
    StoredFile file = fileIn(space, id);
    String heading = templates.text("files_versions_heading", file.name());
    Person me = directory.me(viewer);
    Map<String, Object> model = frame.page(heading, me, PageModel.Nav.NONE, space.slug());
    model.put("pageHeading", heading);
    SpaceHead.put(model, viewer, space, SpaceHead.Tab.FILES, templates);
    TimeView.Clock clock = TimeView.Clock.of(me, templates);
    Page<FileVersion> versions = files.versions(viewer, file.id(), cursor, LIST_LIMIT);
    model.put("file", FileView.of(file, clock, templates));
    model.put(
        "versions",
        versions.items().stream().map(v -> FileView.of(file.id(), v, clock, templates)).toList());
    if (versions.nextCursor() != null) {
      model.put(
          "moreHref",
          Links.space(slug, FILES + "/" + file.id()) + "?cursor=" + versions.nextCursor());
    }
    if (mayDelete(viewer, space, file)) {
      model.put("deleteAction", Links.space(slug, FILES + "/" + file.id() + "/delete"));
    }
    model.put("filesHref", Links.space(slug, FILES));
    return render(200, "file", model);
  }

  @POST
  @Path("{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response delete(@PathParam("slug") String slug, @PathParam("id") String id) {
    StoredFile file = fileIn(spaces.get(caller.get(), slug), id);
    files.delete(caller.get(), file.id());
    return Back.to(Links.space(slug, FILES), Flash.FILE_DELETED);
  }

  /** The file {@code id} if it is in this space; the same 404 as an unknown one otherwise. */
  private StoredFile fileIn(Space space, String id) {
    long fileId;
    try {
      fileId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFound("no file '" + id + "' is visible to you");
    }
    StoredFile file = files.get(caller.get(), fileId);
    if (!file.space().equals(space.slug())) {
      throw new NotFound("no file '" + id + "' is visible to you");
    }
    return file;
  }

  /** Offers deleting only to those the service lets delete. */
  private static boolean mayDelete(Caller viewer, Space space, StoredFile file) {
    return !space.archived()
        && (file.createdBy().username().equals(viewer.username())
            || viewer.is(Role.MODERATOR)
            || viewer.is(Role.ADMIN)
            || AccessPolicy.canManage(viewer, space));
  }

  private Response refused(String slug, int status, String error) {
    Map<String, Object> model = listModel(spaces.get(caller.get(), slug), null, error);
    return render(status, "files", model);
  }

  private Map<String, Object> listModel(Space space, String cursor, String error) {
    Caller viewer = caller.get();
    String heading = templates.text("files_heading", space.name());
    Person me = directory.me(viewer);
    Map<String, Object> model =
        frame.page(
            error == null ? heading : templates.text("page_title_error", heading),
            me,
            PageModel.Nav.NONE,
            space.slug());
    model.put("pageHeading", heading);
    SpaceHead.put(model, viewer, space, SpaceHead.Tab.FILES, templates);
    if (!AccessPolicy.canRead(viewer, space)) {
      model.put("closed", templates.text("space_closed"));
      return model;
    }
    Page<StoredFile> page = files.list(viewer, space.slug(), cursor, LIST_LIMIT);
    TimeView.Clock clock = TimeView.Clock.of(me, templates);
    model.put("files", page.items().stream().map(f -> FileView.of(f, clock, templates)).toList());
    model.put("empty", page.items().isEmpty());
    if (page.nextCursor() != null) {
      model.put(
          "moreHref",
          Links.space(space.slug(), FILES) + "?cursor=" + Links.segment(page.nextCursor()));
    }
    if (AccessPolicy.canContribute(viewer, space)) {
      model.put("uploadAction", Links.space(space.slug(), FILES));
      model.put("uploadHint", templates.text("files_upload_hint", maxMegabytes()));
      model.put("uploadError", error);
    }
    return model;
  }

  private long maxMegabytes() {
    return files.maxBytes() / (1024 * 1024);
  }

  private Response render(int status, String template, Map<String, Object> model) {
    return Response.status(status).entity(templates.render(template, model)).build();
  }
}
