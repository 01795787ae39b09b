/**
 * The wiki benchmark: a generated wiki (pages averaging a number of revisions, in public spaces)
 * loaded straight into the tables, then page reads, conditional saves and diffs measured over HTTP
 * against Atrium in a JVM of its own, and the diff of two 1,000-line revisions timed in process. It
 * runs on its own, without the people tiers.
 */
package org.atrium.bench.wiki;
