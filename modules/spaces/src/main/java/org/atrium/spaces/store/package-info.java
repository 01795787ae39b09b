/**
 * Persistence of spaces and memberships. The entity stays here; {@link
 * org.atrium.spaces.store.SpaceStore} answers with the records of {@code org.atrium.spaces}.
 */
package org.atrium.spaces.store;
