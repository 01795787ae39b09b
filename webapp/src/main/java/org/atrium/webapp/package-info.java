/**
 * The runnable application: {@link org.atrium.webapp.Atrium} assembles every module's services over
 * one database (the composition root), {@link org.atrium.webapp.AtriumServer} serves them on Jetty
 * through Jersey, and {@link org.atrium.webapp.Main} is the command line.
 */
package org.atrium.webapp;
