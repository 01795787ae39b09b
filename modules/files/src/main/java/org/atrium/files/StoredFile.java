package org.atrium.files;

import java.time.Instant;

/**
 * A file of a space at its latest version.
 *
 * @param version the number of the latest version, from 1
 * @param createdBy who uploaded the first version: the file's owner for deleting
 * @param updatedBy who uploaded the latest version
 */
public record StoredFile(
    long id,
    String space,
    String name,
    int version,
    long size,
    String contentType,
    String sha256,
    Uploader createdBy,
    Uploader updatedBy,
    Instant createdAt,
    Instant updatedAt) {

  /** Whether a thumbnail can be asked for: a raster image format the server decodes. */
  public boolean hasThumbnail() {
    return Thumbnails.supports(contentType);
  }
}
