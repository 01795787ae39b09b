package org.atrium.communities;

/**
 * A resource a community pins to its home: a wiki page ({@code kind} page, {@code ref} its slug) or
 * a file ({@code kind} file, {@code ref} its id). Only the reference is kept, with the title to
 * show; following it asks the owning module, and so the access policy, again.
 */
public record Pin(String kind, String ref, String title) {}
