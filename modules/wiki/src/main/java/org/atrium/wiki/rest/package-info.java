/**
 * The wiki's JSON API under {@code /api/v1/spaces/{slug}/pages}: the page tree, pages with their
 * {@code ETag} (the revision), conditional saves ({@code If-Match} to update, {@code If-None-Match:
 * *} to create), soft delete and undelete, backlinks, revisions, diffs and restore. JSON records
 * here whitelist what goes on the wire.
 */
package org.atrium.wiki.rest;
