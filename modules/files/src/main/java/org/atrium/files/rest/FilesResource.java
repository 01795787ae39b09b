package org.atrium.files.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import org.atrium.files.FileService;
import org.atrium.files.StoredFile;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.InvalidInput;
import org.atrium.platform.rest.MaxBody;
import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataParam;

/** The files of a space: listing them, and uploading one (a new file or its next version). */
@Path("/api/v1/spaces/{slug}/files")
@Tag(name = "files")
@Produces(MediaType.APPLICATION_JSON)
public final class FilesResource {

  @Inject private Provider<Caller> caller;
  @Inject private FileService files;
  @Context private UriInfo uri;

  @GET
  @Operation(summary = "The live files of a space, by name, each at its latest version")
  public Response list(
      @PathParam("slug") String space,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return Paging.ok(
        files.list(caller.get(), space, cursor, Paging.limit(limit)), FileJson::of, uri);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @MaxBody(MaxBody.Kind.UPLOAD)
  @Operation(
      summary =
          "Upload a file (multipart part 'file'); an existing name gets a new version."
              + " The type is detected from the bytes. 413 over the size limit")
  public Response upload(
      @PathParam("slug") String space,
      @FormDataParam("file") InputStream content,
      @FormDataParam("file") FormDataContentDisposition part) {
    if (content == null || part == null) {
      throw InvalidInput.of("file", "send the file as the multipart part 'file'");
    }
    StoredFile file = files.upload(caller.get(), space, MultipartNames.of(part), content);
    return Response.created(URI.create(FilesPaths.file(file.id())))
        .entity(FileJson.of(file))
        .build();
  }
}
