package org.atrium.files;

import java.time.Instant;

/**
 * A live file as search indexes it: its latest version's extracted text (empty until extracted) and
 * the space whose readers may find it.
 */
public record FileDocument(
    long id,
    long spaceId,
    String space,
    String name,
    String contentType,
    String uploader,
    String text,
    Instant createdAt,
    Instant updatedAt) {}
