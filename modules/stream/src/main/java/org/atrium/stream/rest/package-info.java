/**
 * The microblog's HTTP surface: statuses, timelines, follows, notifications (JSON), the user stream
 * (Server-Sent Events) and Atom feeds. JSON records here whitelist what goes on the wire; ids
 * travel as strings.
 */
package org.atrium.stream.rest;
