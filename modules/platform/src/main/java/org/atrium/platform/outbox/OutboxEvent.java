package org.atrium.platform.outbox;

import java.time.Instant;

/**
 * One committed change: {@code topic} names what happened ({@code person.changed}), {@code
 * aggregateId} which thing it happened to, {@code payload} the JSON a consumer needs.
 */
public record OutboxEvent(
    long id, String topic, String aggregateId, String payload, Instant createdAt) {}
