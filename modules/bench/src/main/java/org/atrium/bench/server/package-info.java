/**
 * Servers under test, each in a JVM of its own started the way {@code ./atrium run} starts Atrium:
 * Atrium itself over a loaded data directory, and the bare Jetty baseline. The harness times their
 * start-up to the first 200 and reads their heap after a full collection through the attach API.
 */
package org.atrium.bench.server;
