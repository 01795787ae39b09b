package org.atrium.files.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.atrium.files.ExtractedText;
import org.atrium.files.FileDocument;
import org.atrium.files.FileRow;
import org.atrium.files.FileVersion;
import org.atrium.files.StoredFile;
import org.atrium.files.Uploader;
import org.atrium.people.Page;
import org.atrium.platform.db.Columns;
import org.atrium.platform.db.Tx;
import org.hibernate.query.NativeQuery;

/** Files, their versions and their extracted text; runs in the transaction of the caller. */
public final class FileStore {

  /** The entities this store maps, for the session factory. */
  public static final List<Class<?>> ENTITIES = List.of(FileEntity.class);

  /** The latest version of file {@code f}: its highest number. */
  private static final String LATEST =
      "(select max(x.number) from file_version x where x.file_id = f.id)";

  /** Files with space {@code s}, latest version {@code v}, first uploader {@code c}. */
  private static final String FILE =
      "select f.id, s.slug, f.name, v.number, v.size, v.content_type, v.sha256, c.username,"
          + " c.display_name, u.username, u.display_name, f.created_at, v.created_at"
          + " from stored_file f join space s on s.id = f.space_id"
          + " join file_version v on v.file_id = f.id and v.number = "
          + LATEST
          + " join person c on c.id = f.created_by join person u on u.id = v.uploaded_by";

  private static final String DOCUMENT =
      "select f.id, f.space_id, s.slug, f.name, v.content_type, c.username,"
          + " coalesce(t.text, ''), f.created_at, v.created_at"
          + " from stored_file f join space s on s.id = f.space_id"
          + " join file_version v on v.file_id = f.id and v.number = "
          + LATEST
          + " join person c on c.id = f.created_by"
          + " left join file_text t on t.sha256 = v.sha256"
          + " where f.deleted_at is null";

  private final Tx tx;

  public FileStore(Tx tx) {
    this.tx = tx;
  }

  public Optional<FileRow> row(long id) {
    return tx.session()
        .createNativeQuery(
            "select f.id, f.space_id, s.slug, f.created_by, f.deleted_at from stored_file f"
                + " join space s on s.id = f.space_id where f.id = :id",
            Object[].class)
        .setParameter("id", id)
        .uniqueResultOptional()
        .map(
            r ->
                new FileRow(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    ((Number) r[3]).longValue(),
                    r[4] != null));
  }

  /** The live file called {@code name} in a space, if there is one. */
  public Optional<Long> liveByName(long spaceId, String name) {
    return tx.session()
        .createNativeQuery(
            "select id from stored_file where space_id = :space and name = :name"
                + " and deleted_at is null",
            Long.class)
        .setParameter("space", spaceId)
        .setParameter("name", name)
        .setMaxResults(1)
        .uniqueResultOptional();
  }

  /**
   * Serialises uploads to one space by locking its row until the transaction ends, so that two
   * first uploads under the same name make one file with two versions, not two files.
   */
  public void lockSpace(long spaceId) {
    tx.session()
        .createNativeQuery("select id from space where id = :space for update", Long.class)
        .setParameter("space", spaceId)
        .getSingleResult();
  }

  /** Creates a file; its first version is added with {@link #addVersion}. */
  public long create(long spaceId, String name, long uploaderId, Instant at) {
    FileEntity entity = new FileEntity();
    entity.spaceId = spaceId;
    entity.name = name;
    entity.createdBy = uploaderId;
    entity.createdAt = at;
    tx.session().persist(entity);
    tx.session().flush();
    return entity.id;
  }

  /** The number the next version of a file gets. */
  public int nextVersion(long fileId) {
    Integer latest =
        tx.session()
            .createNativeQuery(
                "select max(number) from file_version where file_id = :file", Integer.class)
            .setParameter("file", fileId)
            .getSingleResult();
    return latest == null ? 1 : latest + 1;
  }

  public void addVersion(
      long fileId,
      int number,
      String sha256,
      long size,
      String contentType,
      long uploaderId,
      Instant at) {
    tx.session()
        .createNativeMutationQuery(
            "insert into file_version (file_id, number, sha256, size, content_type, uploaded_by,"
                + " created_at) values (:file, :number, :sha, :size, :type, :by, :at)")
        .setParameter("file", fileId)
        .setParameter("number", number)
        .setParameter("sha", sha256)
        .setParameter("size", size)
        .setParameter("type", contentType)
        .setParameter("by", uploaderId)
        .setParameter("at", at)
        .executeUpdate();
  }

  public void delete(long fileId, long byId, Instant at) {
    tx.session()
        .createNativeMutationQuery(
            "update stored_file set deleted_by = :by, deleted_at = :at where id = :id")
        .setParameter("by", byId)
        .setParameter("at", at)
        .setParameter("id", fileId)
        .executeUpdate();
  }

  /** A file at its latest version. */
  public StoredFile file(long fileId) {
    return storedFile(
        tx.session()
            .createNativeQuery(FILE + " where f.id = :id", Object[].class)
            .setParameter("id", fileId)
            .getSingleResult());
  }

  /** The live files of a space, by name, after {@code afterName} when it is set. */
  public Page<StoredFile> list(long spaceId, String afterName, int limit) {
    String sql =
        FILE
            + " where f.space_id = :space and f.deleted_at is null"
            + (afterName == null ? "" : " and f.name > :after")
            + " order by f.name";
    NativeQuery<Object[]> query =
        tx.session().createNativeQuery(sql, Object[].class).setParameter("space", spaceId);
    if (afterName != null) {
      query.setParameter("after", afterName);
    }
    List<StoredFile> found =
        query.setMaxResults(limit + 1).getResultList().stream().map(FileStore::storedFile).toList();
    return firstPage(found, limit, StoredFile::name);
  }

  /** The versions of a file, newest first, older than {@code before} when it is set. */
  public Page<FileVersion> versions(long fileId, Integer before, int limit) {
    String sql =
        "select v.number, v.size, v.content_type, v.sha256, u.username, u.display_name,"
            + " v.created_at from file_version v join person u on u.id = v.uploaded_by"
            + " where v.file_id = :file"
            + (before == null ? "" : " and v.number < :before")
            + " order by v.number desc";
    NativeQuery<Object[]> query =
        tx.session().createNativeQuery(sql, Object[].class).setParameter("file", fileId);
    if (before != null) {
      query.setParameter("before", before);
    }
    List<FileVersion> found =
        query.setMaxResults(limit + 1).getResultList().stream().map(FileStore::version).toList();
    return firstPage(found, limit, v -> Integer.toString(v.number()));
  }

  public Optional<FileVersion> version(long fileId, int number) {
    return tx.session()
        .createNativeQuery(
            "select v.number, v.size, v.content_type, v.sha256, u.username, u.display_name,"
                + " v.created_at from file_version v join person u on u.id = v.uploaded_by"
                + " where v.file_id = :file and v.number = :number",
            Object[].class)
        .setParameter("file", fileId)
        .setParameter("number", number)
        .uniqueResultOptional()
        .map(FileStore::version);
  }

  public boolean hasText(String sha256) {
    return !tx.session()
        .createNativeQuery("select 1 from file_text where sha256 = :sha", Object.class)
        .setParameter("sha", sha256)
        .getResultList()
        .isEmpty();
  }

  public void saveText(String sha256, ExtractedText text, Instant at) {
    tx.session()
        .createNativeMutationQuery(
            "insert into file_text (sha256, outcome, text, extracted_at)"
                + " values (:sha, :outcome, :text, :at)")
        .setParameter("sha", sha256)
        .setParameter("outcome", text.outcome().name().toLowerCase())
        .setParameter("text", text.text())
        .setParameter("at", at)
        .executeUpdate();
  }

  /** How extraction of a content ended ({@code extracted}, {@code truncated}…), once it has. */
  public Optional<String> textOutcome(String sha256) {
    return tx.session()
        .createNativeQuery("select outcome from file_text where sha256 = :sha", String.class)
        .setParameter("sha", sha256)
        .uniqueResultOptional();
  }

  public Optional<FileDocument> document(long fileId) {
    return tx.session()
        .createNativeQuery(DOCUMENT + " and f.id = :id", Object[].class)
        .setParameter("id", fileId)
        .uniqueResultOptional()
        .map(FileStore::document);
  }

  /** How many live files there are, for a rebuild's progress. */
  public long liveCount() {
    return tx.session()
        .createNativeQuery("select count(*) from stored_file where deleted_at is null", Long.class)
        .getSingleResult();
  }

  /** Live files with ids above {@code afterId}, by id: what a search index loads in batches. */
  public List<FileDocument> documents(long afterId, int limit) {
    return tx
        .session()
        .createNativeQuery(DOCUMENT + " and f.id > :after order by f.id", Object[].class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(FileStore::document)
        .toList();
  }

  private static StoredFile storedFile(Object[] r) {
    return new StoredFile(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        ((Number) r[3]).intValue(),
        ((Number) r[4]).longValue(),
        (String) r[5],
        ((String) r[6]).trim(),
        new Uploader((String) r[7], (String) r[8]),
        new Uploader((String) r[9], (String) r[10]),
        Columns.instant(r[11]),
        Columns.instant(r[12]));
  }

  private static FileVersion version(Object[] r) {
    return new FileVersion(
        ((Number) r[0]).intValue(),
        ((Number) r[1]).longValue(),
        (String) r[2],
        ((String) r[3]).trim(),
        new Uploader((String) r[4], (String) r[5]),
        Columns.instant(r[6]));
  }

  private static FileDocument document(Object[] r) {
    return new FileDocument(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        Columns.instant(r[7]),
        Columns.instant(r[8]));
  }

  /** The first {@code limit} of {@code found} (which holds one more when there is a next page). */
  private static <T> Page<T> firstPage(List<T> found, int limit, Function<T, String> cursorOf) {
    List<T> items = new ArrayList<>(found.subList(0, Math.min(limit, found.size())));
    String next = found.size() > limit ? cursorOf.apply(items.getLast()) : null;
    return new Page<>(items, next);
  }
}
