/** The spaces JSON API under {@code /api/v1/spaces}: spaces, members, join and leave, archive. */
package org.atrium.spaces.rest;
