package org.atrium.stream;

/**
 * One event for a connected client: {@code update} with a {@link Status}, {@code delete} with a
 * status id, or {@code notification} with a {@link Notification}. {@code id} is the outbox event it
 * came from, which the client echoes as {@code Last-Event-ID} to resume.
 */
public record LiveEvent(long id, String name, Object payload) {}
