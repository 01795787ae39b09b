/**
 * The demo organisation: a deterministic, seeded generator of offices, business units, a manager
 * hierarchy, a skills taxonomy with synonyms, people and endorsements, used to fill a fresh Atrium
 * and to build the benchmark tiers. The data tables (units, offices, names, skills) live here too.
 */
package org.atrium.people.demo;
