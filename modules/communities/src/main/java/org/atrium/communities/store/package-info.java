/**
 * Community profiles, questions, answers, votes, comments, edit history and routing records, in the
 * transaction of the calling service. Entities stay in this package; queries return the domain
 * records of {@code org.atrium.communities}. {@link org.atrium.communities.store.QaIndexSource}
 * describes questions and answers to the search index.
 */
package org.atrium.communities.store;
