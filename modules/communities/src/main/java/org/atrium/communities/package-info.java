/**
 * Communities of practice and their Q&amp;A: a community's purpose, rules and pinned resources;
 * questions, answers, votes, accepted and expert-verified answers, comments and edit history;
 * routing each new question to the people most likely to answer it; and analytics for HR.
 *
 * <p>Services authorise through the spaces' {@link org.atrium.spaces.AccessPolicy}, open the
 * transaction and publish outbox events ({@link org.atrium.communities.CommunityEvents} lists the
 * topics). Routing runs after commit, from the outbox, and on a schedule that escalates questions
 * still unanswered. Experts are found through the {@link org.atrium.communities.ExpertFinder} port,
 * which the web application backs with the expertise search's ranking.
 */
package org.atrium.communities;
