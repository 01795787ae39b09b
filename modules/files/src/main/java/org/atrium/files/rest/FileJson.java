package org.atrium.files.rest;

import java.time.Instant;
import java.util.function.Function;
import org.atrium.files.FileVersion;
import org.atrium.files.StoredFile;
import org.atrium.files.Uploader;

/** A file on the wire, at its latest version, with where to download it. */
public record FileJson(
    String id,
    String space,
    String name,
    long size,
    String contentType,
    String sha256,
    int version,
    UploaderJson createdBy,
    UploaderJson updatedBy,
    Instant createdAt,
    Instant updatedAt,
    String url,
    String contentUrl,
    String thumbnailUrl) {

  static FileJson of(StoredFile f) {
    String url = FilesPaths.file(f.id());
    return new FileJson(
        Long.toString(f.id()),
        f.space(),
        f.name(),
        f.size(),
        f.contentType(),
        f.sha256(),
        f.version(),
        UploaderJson.of(f.createdBy()),
        UploaderJson.of(f.updatedBy()),
        f.createdAt(),
        f.updatedAt(),
        url,
        url + "/content",
        f.hasThumbnail() ? url + "/thumbnail" : null);
  }

  /** One version of a file. */
  public record VersionJson(
      int number,
      long size,
      String contentType,
      String sha256,
      UploaderJson uploadedBy,
      Instant createdAt,
      String contentUrl) {
    static Function<FileVersion, VersionJson> of(long fileId) {
      return v ->
          new VersionJson(
              v.number(),
              v.size(),
              v.contentType(),
              v.sha256(),
              UploaderJson.of(v.uploadedBy()),
              v.createdAt(),
              FilesPaths.file(fileId) + "/versions/" + v.number() + "/content");
    }
  }

  /** Who uploaded. */
  public record UploaderJson(String username, String displayName) {
    static UploaderJson of(Uploader u) {
      return new UploaderJson(u.username(), u.displayName());
    }
  }
}
