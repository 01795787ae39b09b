/**
 * The baselines every endpoint figure is divided by, measured in the same run with the same driver
 * and clients: a bare Jetty handler with a fixed JSON body (the HTTP ceiling) and the raw JDBC
 * queries behind each endpoint against the same database (the database ceiling).
 */
package org.atrium.bench.baseline;
