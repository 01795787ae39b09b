/**
 * The files JSON API: {@code /api/v1/spaces/{slug}/files} to list and upload (multipart), and
 * {@code /api/v1/files/{id}} for metadata, versions, downloads, thumbnails and delete. Downloads
 * carry {@code X-Content-Type-Options: nosniff}, a sandboxing CSP and an RFC 6266 {@code
 * Content-Disposition}. JSON records here whitelist what goes on the wire.
 */
package org.atrium.files.rest;
