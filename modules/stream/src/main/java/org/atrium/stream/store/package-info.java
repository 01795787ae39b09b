/**
 * Persistence of the microblog. {@link org.atrium.stream.store.StatusStore} reads statuses for a
 * viewer through one query shape that always carries the viewer's readable spaces, so no timeline
 * can forget the access filter; follows and notifications have stores of their own.
 */
package org.atrium.stream.store;
