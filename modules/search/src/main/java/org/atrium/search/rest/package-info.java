/**
 * The search API: content search, experts, suggestions and the administrators' reindex. Thin:
 * parameters in, one service call, the service's records out.
 */
package org.atrium.search.rest;
