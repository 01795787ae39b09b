package org.atrium.bench.wiki;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.atrium.files.ContentStore;

/**
 * Files in the wiki's spaces, as uploads leave them: each a small text document stored
 * content-addressed under the data directory, a {@code stored_file} row with its first {@code
 * file_version}, and its extracted text (which search indexes). The rows go in JDBC batches, as for
 * the pages.
 */
final class WikiFiles {

  private static final int BATCH = 1_000;
  private static final int LINES = 12;

  private WikiFiles() {}

  /** Loads {@code count} files spread over {@code spaceIds}, uploaded by {@code ownerId}. */
  static void load(
      DataSource pool,
      Path dataDir,
      long[] spaceIds,
      long ownerId,
      int count,
      LongConsumer progress)
      throws SQLException {
    ContentStore contents = new ContentStore(dataDir.resolve("files"));
    SplittableRandom random = new SplittableRandom(11);
    OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
    int pending = 0;
    try (Connection c = pool.getConnection();
        PreparedStatement file =
            c.prepareStatement(
                "insert into stored_file (id, space_id, name, created_by, created_at)"
                    + " values (?, ?, ?, ?, ?)");
        PreparedStatement version =
            c.prepareStatement(
                "insert into file_version (file_id, number, sha256, size, content_type,"
                    + " uploaded_by, created_at) values (?, 1, ?, ?, 'text/plain', ?, ?)");
        PreparedStatement text =
            c.prepareStatement(
                "insert into file_text (sha256, outcome, text, extracted_at)"
                    + " values (?, 'extracted', ?, ?)")) {
      for (int f = 1; f <= count; f++) {
        StringBuilder body = new StringBuilder("Notes ").append(f).append('\n');
        for (int line = 0; line < LINES; line++) {
          body.append(WikiDataset.sentence(random)).append('\n');
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        ContentStore.Stored stored =
            contents.store(new ByteArrayInputStream(bytes), Long.MAX_VALUE);
        file.setLong(1, f);
        file.setLong(2, spaceIds[f % spaceIds.length]);
        file.setString(3, "notes-" + f + ".txt");
        file.setLong(4, ownerId);
        file.setObject(5, at);
        file.addBatch();
        version.setLong(1, f);
        version.setString(2, stored.sha256());
        version.setLong(3, stored.size());
        version.setLong(4, ownerId);
        version.setObject(5, at);
        version.addBatch();
        text.setString(1, stored.sha256());
        text.setString(2, body.toString());
        text.setObject(3, at);
        text.addBatch();
        if (++pending == BATCH || f == count) {
          file.executeBatch();
          version.executeBatch();
          text.executeBatch();
          c.commit();
          progress.accept(pending);
          pending = 0;
        }
      }
      try (Statement restart = c.createStatement()) {
        // the rows above chose their ids; new uploads continue after them
        restart.execute("alter table stored_file alter column id restart with " + (count + 1L));
      }
      c.commit();
    }
  }

  /** The content paths of the first {@code count} files, for downloads. */
  static List<String> contentPaths(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(f -> "/api/v1/files/" + f + "/content")
        .toList();
  }
}
