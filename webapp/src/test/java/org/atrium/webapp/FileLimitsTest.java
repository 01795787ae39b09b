package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The configured size limit of uploads, on a server of its own that accepts only 4 KiB. */
class FileLimitsTest {

  private static final int LIMIT = 4096;
  private static final String SPACE = "files-limits";

  private static TestServer server;
  private static Api api;
  private static FilesClient files;
  private static String owner;

  @BeforeAll
  static void start() {
    server = TestServer.fresh(Map.of("atrium.files.max.bytes", Integer.toString(LIMIT)));
    api = server.api();
    files = new FilesClient(api);
    List<String> people =
        PeopleApiTest.usernames(
            api.get("/api/v1/people?business_unit=ENG&limit=1", api.token("hr")).json());
    owner = api.token(people.get(0));
    api.post(
        "/api/v1/spaces", Map.of("slug", SPACE, "name", "Limits", "visibility", "public"), owner);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  @DisplayName("a file of exactly the limit is accepted")
  void atTheLimit() {
    assertEquals(201, files.upload(SPACE, "exact.bin", new byte[LIMIT], owner).status());
  }

  @Test
  @DisplayName("a file one byte over the limit is 413, and nothing of it is kept")
  void justOver() throws Exception {
    ErrorsTest.assertProblem(files.upload(SPACE, "over.bin", new byte[LIMIT + 1], owner), 413);
    try (Stream<Path> parts = Files.list(server.dataDir().resolve("files/incoming"))) {
      assertEquals(0, parts.count());
    }
  }

  @Test
  @DisplayName("a body far over the limit is 413 from its declared length, unread")
  void declaredTooLarge() {
    ErrorsTest.assertProblem(files.upload(SPACE, "big.bin", new byte[200 * 1024], owner), 413);
  }

  @Test
  @DisplayName("a chunked body that grows past the limit is 413 while it is read")
  void chunkedTooLarge() {
    FilesClient.Multipart multipart =
        FilesClient.multipart("chunked.bin", "application/octet-stream", new byte[200 * 1024]);
    HttpRequest.Builder request =
        api.request("/api/v1/spaces/" + SPACE + "/files", owner)
            .header("Content-Type", multipart.contentType())
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(multipart.body())));
    ErrorsTest.assertProblem(api.send(request), 413);
  }
}
