package org.atrium.spaces;

/** A partial update of a space: null leaves a field as it is. */
public record SpaceChanges(String name, String description, String visibility) {}
