/**
 * The benchmark suite: which figures are measured on a tier, in what order, how many times, and the
 * report they end up in ({@code docs/performance.md}). Every figure is measured in each of several
 * runs and reported as the median with its range; endpoint figures are also divided by the
 * baselines measured in the same run.
 */
package org.atrium.bench.suite;
