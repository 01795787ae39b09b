/**
 * The database: the connection pool, Flyway migrations from {@code db/migration}, the Hibernate
 * session factory, and {@link org.atrium.platform.db.Tx}, through which services open the one
 * transaction a use case runs in. Stores never open transactions; they work in the session of the
 * transaction they are called from.
 */
package org.atrium.platform.db;
