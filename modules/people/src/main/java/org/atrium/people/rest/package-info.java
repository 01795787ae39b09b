/**
 * The directory's JSON API under {@code /api/v1}: people, the org chart, skills and endorsements,
 * the taxonomy, business units and HR's admin endpoints. Resources parse and call one service
 * method; the records here whitelist what goes out on the wire.
 */
package org.atrium.people.rest;
