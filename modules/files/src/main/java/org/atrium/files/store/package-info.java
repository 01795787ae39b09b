/**
 * Persistence of files, their versions and extracted text. The entity stays here; {@link
 * org.atrium.files.store.FileStore} answers with the records of {@code org.atrium.files}. Versions
 * are only ever inserted; the bytes themselves live in {@link org.atrium.files.ContentStore}.
 * {@link org.atrium.files.store.FileIndexSource} describes files to the search index.
 */
package org.atrium.files.store;
