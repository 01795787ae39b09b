/**
 * A stand-alone benchmark of communities: the question page at 50,000 questions, what asking costs,
 * and how long routing takes after commit. Runs Atrium in its own JVM-less, in-process form (one
 * process), so its figures are preliminary beside the main harness's.
 */
package org.atrium.bench.qa;
