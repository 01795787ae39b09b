/**
 * The shared kernel every capability builds on: configuration and the clock. Sub-packages own the
 * error vocabulary ({@code error}), transactions ({@code db}), the transactional outbox ({@code
 * outbox}), sign-in and tokens ({@code auth}), the audit log ({@code audit}) and the HTTP edge
 * shared by all resources ({@code rest}).
 */
package org.atrium.platform;
