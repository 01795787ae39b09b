/**
 * Server-rendered HTML pages (mustache templates under {@code templates/}), which call the same
 * services as the JSON API. Pages work without JavaScript, sign in through an HttpOnly session
 * cookie, and carry the session's CSRF token in every form. All user-facing words come from the
 * {@code i18n/pages} resource bundle.
 */
package org.atrium.webapp.pages;
