/**
 * Operations endpoints: health (liveness and readiness of the database), Prometheus metrics, the
 * generated OpenAPI 3.1 document, and the security headers every response carries.
 */
package org.atrium.webapp.ops;
