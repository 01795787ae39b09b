/**
 * The HTTP edge every capability shares: the JSON dialect, authentication of each request into a
 * {@link org.atrium.platform.auth.Caller}, CSRF checks for cookie sessions, body size limits, and
 * the exception mappers that turn every failure into RFC 9457 problem+json (or, for pages, the one
 * error page) without ever leaking a stack trace.
 */
package org.atrium.platform.rest;
