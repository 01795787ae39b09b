package org.atrium.files;

/** Who uploaded a file or one of its versions. */
public record Uploader(String username, String displayName) {}
