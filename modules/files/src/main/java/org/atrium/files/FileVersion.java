package org.atrium.files;

import java.time.Instant;

/** One upload under a file's name; version 1 is the first. */
public record FileVersion(
    int number,
    long size,
    String contentType,
    String sha256,
    Uploader uploadedBy,
    Instant createdAt) {}
