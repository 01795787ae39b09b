/**
 * The load driver: a fixed number of closed-loop clients on virtual threads for a fixed time,
 * latencies in HdrHistogram. The same driver runs HTTP requests against Atrium and the bare Jetty
 * baseline and raw JDBC queries against the database, so that their figures compare. Everything
 * stays on loopback and is bounded in clients and time.
 */
package org.atrium.bench.load;
