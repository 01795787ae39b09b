package org.atrium.files.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.atrium.files.FileService;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.NotFound;

/** One file: its metadata, versions, content, thumbnail, and deleting it. */
@Path("/api/v1/files/{id}")
@Tag(name = "files")
@Produces(MediaType.APPLICATION_JSON)
public final class FileResource {

  @Inject private Provider<Caller> caller;
  @Inject private FileService files;
  @Context private UriInfo uri;
  @Context private Request request;

  @GET
  @Operation(summary = "A file at its latest version")
  public FileJson get(@PathParam("id") String id) {
    return FileJson.of(files.get(caller.get(), FilesPaths.id(id)));
  }

  @GET
  @Path("/versions")
  @Operation(summary = "The versions of a file, newest first")
  public Response versions(
      @PathParam("id") String id,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    long fileId = FilesPaths.id(id);
    return Paging.ok(
        files.versions(caller.get(), fileId, cursor, Paging.limit(limit)),
        FileJson.VersionJson.of(fileId),
        uri);
  }

  @GET
  @Path("/content")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary =
          "Download the latest version: an attachment unless an image or plain text, never"
              + " sniffed, sandboxed")
  public Response content(
      @PathParam("id") String id,
      @HeaderParam("Range") String range,
      @HeaderParam("If-Range") String ifRange) {
    return Downloads.send(
        files.content(caller.get(), FilesPaths.id(id), null), request, range, ifRange);
  }

  @GET
  @Path("/versions/{number}/content")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download one version of a file")
  public Response versionContent(
      @PathParam("id") String id,
      @PathParam("number") String number,
      @HeaderParam("Range") String range,
      @HeaderParam("If-Range") String ifRange) {
    return Downloads.send(
        files.content(caller.get(), FilesPaths.id(id), versionNumber(id, number)),
        request,
        range,
        ifRange);
  }

  @GET
  @Path("/thumbnail")
  @Produces("image/png")
  @Operation(summary = "A PNG preview of an image, at most 256 pixels a side; 404 for others")
  public Response thumbnail(@PathParam("id") String id) {
    return Downloads.send(files.thumbnail(caller.get(), FilesPaths.id(id)), request);
  }

  @DELETE
  @Operation(summary = "Delete a file and its versions (its uploader, space owners, moderators)")
  public void delete(@PathParam("id") String id) {
    files.delete(caller.get(), FilesPaths.id(id));
  }

  private static int versionNumber(String id, String number) {
    try {
      return Integer.parseInt(number);
    } catch (NumberFormatException e) {
      throw new NotFound("file '" + id + "' has no version '" + number + "'");
    }
  }
}
