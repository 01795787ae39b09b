/**
 * Persistence of signing keys, sign-in sessions and refresh tokens. Entities stay in this package;
 * {@link org.atrium.platform.auth.store.AuthStore} hands out the records of {@code
 * org.atrium.platform.auth}.
 */
package org.atrium.platform.auth.store;
