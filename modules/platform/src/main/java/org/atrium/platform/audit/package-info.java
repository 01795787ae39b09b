/**
 * The audit log: who did what administrative thing to whom, written in the same transaction as the
 * action itself so neither exists without the other.
 */
package org.atrium.platform.audit;
