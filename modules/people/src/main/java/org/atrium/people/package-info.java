/**
 * The people &amp; skills directory: profiles, business units, locations, the org chart, the skills
 * taxonomy with synonyms, skill levels and endorsements, and HR's import. Services here authorise
 * the caller, open the transaction and publish {@code person.changed} on the outbox; the records
 * here are what leaves the module.
 */
package org.atrium.people;
