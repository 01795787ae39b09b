/**
 * The closed vocabulary of failures domain code may throw. Each one knows its HTTP status; the REST
 * edge ({@code org.atrium.platform.rest}) turns them into RFC 9457 problem documents and the pages
 * into the one error page, so no code builds an error response by hand.
 */
package org.atrium.platform.error;
