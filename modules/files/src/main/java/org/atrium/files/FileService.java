package org.atrium.files;

import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;
import org.atrium.files.store.FileStore;
import org.atrium.people.Page;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.auth.Role;
import org.atrium.platform.db.Tx;
import org.atrium.platform.error.BadRequest;
import org.atrium.platform.error.Conflict;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.error.NotFound;
import org.atrium.platform.outbox.Outbox;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.SpaceAccess;

/**
 * The files of a space: uploading (a new file, or the next version of the file of that name),
 * listing, reading, downloading and deleting. Reading needs read access to the space, uploading
 * needs to be able to contribute to it; a file the caller may not read does not exist for them, so
 * its id alone reveals nothing.
 */
public final class FileService {

  private final Tx tx;
  private final FileStore store;
  private final AccessPolicy policy;
  private final ContentStore contents;
  private final FileTypes types;
  private final Thumbnails thumbnails;
  private final FileEvents events;
  private final Clock clock;
  private final long maxBytes;

  public FileService(
      Tx tx,
      FileStore store,
      AccessPolicy policy,
      ContentStore contents,
      Thumbnails thumbnails,
      Outbox outbox,
      Clock clock,
      long maxBytes) {
    this.tx = tx;
    this.store = store;
    this.policy = policy;
    this.contents = contents;
    this.types = new FileTypes();
    this.thumbnails = thumbnails;
    this.events = new FileEvents(outbox);
    this.clock = clock;
    this.maxBytes = maxBytes;
  }

  /** The largest file accepted, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Stores {@code content} as {@code name} in a space: a new file, or the next version of the live
   * file of that name. The caller's right to contribute is checked before a byte is stored and
   * again when the upload is recorded.
   */
  public StoredFile upload(Caller caller, String space, String name, InputStream content) {
    String fileName = FileNames.validated(name);
    tx.read(() -> policy.contributable(caller, space));
    ContentStore.Stored stored = contents.store(content, maxBytes);
    String contentType = types.detect(contents.path(stored.sha256()), fileName);
    return tx.write(
        () -> {
          SpaceAccess access = policy.contributable(caller, space);
          store.lockSpace(access.id());
          long fileId =
              store
                  .liveByName(access.id(), fileName)
                  .orElseGet(
                      () ->
                          store.create(access.id(), fileName, caller.accountId(), clock.instant()));
          store.addVersion(
              fileId,
              store.nextVersion(fileId),
              stored.sha256(),
              stored.size(),
              contentType,
              caller.accountId(),
              clock.instant());
          StoredFile file = store.file(fileId);
          events.fileChanged(file, false);
          return file;
        });
  }

  /** The live files of a space, by name. */
  public Page<StoredFile> list(Caller caller, String space, String afterName, int limit) {
    return tx.read(() -> store.list(policy.readable(caller, space).id(), afterName, limit));
  }

  public StoredFile get(Caller caller, long id) {
    return tx.read(
        () -> {
          readable(caller, id);
          return store.file(id);
        });
  }

  /** The versions of a file, newest first. */
  public Page<FileVersion> versions(Caller caller, long id, String cursor, int limit) {
    Integer before = cursor == null ? null : versionNumber(cursor);
    return tx.read(
        () -> {
          readable(caller, id);
          return store.versions(id, before, limit);
        });
  }

  /** The content of a file at {@code version}, or at its latest when that is null. */
  public Download content(Caller caller, long id, Integer version) {
    return tx.read(
        () -> {
          readable(caller, id);
          StoredFile file = store.file(id);
          FileVersion v =
              version == null
                  ? latest(file)
                  : store.version(id, version).orElseThrow(() -> noVersion(id, version));
          return new Download(
              file.name(),
              v.contentType(),
              v.size(),
              v.sha256(),
              contents.path(v.sha256()),
              FileTypes.inline(v.contentType()));
        });
  }

  /** A PNG preview of an image file's latest version; 404 for other files. */
  public Download thumbnail(Caller caller, long id) {
    StoredFile file = get(caller, id);
    return thumbnails
        .of(contents.path(file.sha256()), file.sha256(), file.contentType())
        .map(path -> new Download(file.name() + ".png", "image/png", -1, file.sha256(), path, true))
        .orElseThrow(() -> new NotFound("file '" + id + "' has no thumbnail"));
  }

  /**
   * Deletes a file softly, with all its versions: its first uploader may, as may the space's
   * owners, moderators and admins.
   */
  public void delete(Caller caller, long id) {
    tx.write(
        () -> {
          FileRow row = readable(caller, id);
          SpaceAccess space = policy.visible(caller, row.space());
          boolean moderator = caller.is(Role.MODERATOR) || caller.is(Role.ADMIN);
          if (row.createdBy() != caller.accountId()
              && !moderator
              && !AccessPolicy.canManage(caller, space)) {
            throw new Forbidden(
                "only who uploaded a file, or an owner of its space, can delete it");
          }
          if (space.archived()) {
            throw new Conflict("'" + space.slug() + "' is archived and read-only");
          }
          store.delete(id, caller.accountId(), clock.instant());
          events.fileChanged(store.file(id), true);
        });
  }

  /** A live file as search indexes it, whoever asks: search applies the access policy itself. */
  public Optional<FileDocument> document(long id) {
    return tx.read(() -> store.document(id));
  }

  /** How text extraction of a file's latest version ended, once it has. */
  public Optional<String> textOutcome(Caller caller, long id) {
    return tx.read(
        () -> {
          readable(caller, id);
          return store.textOutcome(store.file(id).sha256());
        });
  }

  /** The file, if the caller may read it; 404 otherwise, with nothing about its space. */
  private FileRow readable(Caller caller, long id) {
    FileRow row = store.row(id).filter(r -> !r.deleted()).orElseThrow(() -> notFound(id));
    try {
      SpaceAccess space = policy.visible(caller, row.space());
      if (!AccessPolicy.canRead(caller, space)) {
        throw notFound(id);
      }
    } catch (NotFound e) {
      throw notFound(id);
    }
    return row;
  }

  private static FileVersion latest(StoredFile file) {
    return new FileVersion(
        file.version(),
        file.size(),
        file.contentType(),
        file.sha256(),
        file.updatedBy(),
        file.updatedAt());
  }

  private static int versionNumber(String cursor) {
    try {
      return Integer.parseInt(cursor);
    } catch (NumberFormatException e) {
      throw new BadRequest("the cursor is not one this server handed out");
    }
  }

  static NotFound notFound(long id) {
    return new NotFound("no file '" + id + "' is visible to you");
  }

  private static NotFound noVersion(long id, int version) {
    return new NotFound("file '" + id + "' has no version " + version);
  }
}
