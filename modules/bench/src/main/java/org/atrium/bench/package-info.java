/**
 * Atrium's benchmark harness, never shipped: {@code ./atrium bench [--tier small|large]} builds a
 * dataset tier ({@code dataset}), drives the endpoints and their baselines ({@code load}, {@code
 * baseline}) against servers in JVMs of their own ({@code server}), and writes the figures into
 * {@code docs/performance.md} ({@code suite}). Only a short smoke test runs in the build.
 */
package org.atrium.bench;
