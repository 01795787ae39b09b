package org.atrium.files;

import java.nio.file.Path;

/**
 * Bytes to send: the stored content at {@code path}, under {@code name}, as {@code contentType};
 * {@code inline} only for types a browser shows but cannot run.
 */
public record Download(
    String name, String contentType, long size, String sha256, Path path, boolean inline) {}
