/**
 * Subcommands of the {@code atrium} command line: {@code serve} runs the server (loading the demo
 * organisation on first start in demo mode), {@code import} loads an HR CSV file offline.
 */
package org.atrium.webapp.cli;
