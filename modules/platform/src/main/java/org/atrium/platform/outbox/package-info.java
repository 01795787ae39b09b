/**
 * The transactional outbox. A service {@link org.atrium.platform.outbox.Outbox#publish publishes}
 * an event in the transaction that makes the change, so both commit or neither does. After commit
 * the {@link org.atrium.platform.outbox.OutboxDispatcher} hands events, in order, to each
 * registered {@link org.atrium.platform.outbox.OutboxConsumer} (search indexing, notifications,
 * live push, webhooks), each of which keeps its own cursor in the database and resumes from it
 * after a crash. Delivery is at least once: consumers are idempotent.
 */
package org.atrium.platform.outbox;
