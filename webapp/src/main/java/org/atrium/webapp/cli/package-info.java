/**
 * Subcommands of the {@code atrium} command line: {@code serve} runs the server (loading the demo
 * organisation on first start in demo mode), {@code import} loads an HR CSV file offline, {@code
 * add-admin} creates the first administrator of a deployment outside demo mode, and {@code
 * set-password} sets anyone's password.
 */
package org.atrium.webapp.cli;
