/**
 * Persistence of the directory. Entities are package-private and never leave; {@link
 * org.atrium.people.store.PeopleStore} answers with the records of {@code org.atrium.people}. Link
 * tables (skills held, endorsements, synonyms) are written with plain SQL, and the bulk loader
 * writes a whole {@link org.atrium.people.OrgSeed} with JDBC batches.
 */
package org.atrium.people.store;
