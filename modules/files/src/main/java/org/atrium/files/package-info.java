/**
 * Files in spaces. An upload is streamed to disk while it is hashed, and stored once under its
 * SHA-256 whatever it is called, so names are only ever metadata and never become paths. Its type
 * is what Apache Tika finds in the bytes, not what the client claims; anything a browser could run
 * is served as an attachment, and every download forbids sniffing and runs sandboxed. A new upload
 * under an existing name is its next version. After each commit, the text of the file is extracted
 * from the outbox, bounded in size and time, for search. Who may read, upload or delete is the
 * spaces module's {@link org.atrium.spaces.AccessPolicy} to decide.
 */
package org.atrium.files;
