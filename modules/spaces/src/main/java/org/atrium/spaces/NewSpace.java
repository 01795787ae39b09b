package org.atrium.spaces;

/** A space to create; visibility and kind are codes as the client sent them. */
public record NewSpace(
    String slug, String name, String description, String visibility, String kind) {}
