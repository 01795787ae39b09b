package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every row of the "Files" table of api.md: uploads, versions, safe downloads and limits. */
class FilesApiTest {

  private static final String SPACE = "files-api";

  private static Api api;
  private static FilesClient files;
  private static String owner;
  private static String member;
  private static String outsider;

  @BeforeAll
  static void start() {
    api = TestServer.shared().api();
    files = new FilesClient(api);
    String hr = api.token("hr");
    List<String> people =
        PeopleApiTest.usernames(api.get("/api/v1/people?business_unit=IT&limit=3", hr).json());
    owner = api.token(people.get(0));
    member = api.token(people.get(1));
    outsider = api.token(people.get(2));
    api.post(
        "/api/v1/spaces", Map.of("slug", SPACE, "name", "Files", "visibility", "private"), owner);
    api.put(
        "/api/v1/spaces/" + SPACE + "/members/" + people.get(1), Map.of("role", "member"), owner);
  }

  @Test
  @DisplayName("an upload answers 201 with id, name, size, type and hash, and downloads intact")
  void uploadAndDownload() {
    Api.Reply uploaded = files.upload(SPACE, "notes.txt", "Quarterly notes", member);
    assertEquals(201, uploaded.status(), uploaded.body());
    JsonNode file = uploaded.json();
    String id = file.get("id").asText();
    assertTrue(uploaded.header("Location").endsWith("/api/v1/files/" + id));
    assertEquals("notes.txt", file.get("name").asText());
    assertEquals(15, file.get("size").asLong());
    assertEquals("text/plain", file.get("content_type").asText());
    assertTrue(file.get("sha256").asText().matches("[0-9a-f]{64}"), file.toString());
    assertEquals(1, file.get("version").asInt());

    JsonNode metadata = api.get("/api/v1/files/" + id, owner).json();
    assertEquals(file.get("sha256"), metadata.get("sha256"));
    HttpResponse<byte[]> content = files.download("/api/v1/files/" + id + "/content", owner);
    assertEquals(200, content.statusCode());
    assertEquals("Quarterly notes", new String(content.body(), StandardCharsets.UTF_8));
    assertEquals("nosniff", content.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertTrue(
        content
            .headers()
            .firstValue("Content-Security-Policy")
            .orElseThrow()
            .startsWith("sandbox"));
    assertEquals(
        "inline; filename=\"notes.txt\"; filename*=UTF-8''notes.txt",
        content.headers().firstValue("Content-Disposition").orElseThrow());

    JsonNode list = api.get("/api/v1/spaces/" + SPACE + "/files", owner).json();
    assertTrue(list.findValuesAsText("id").contains(id), list.toString());
  }

  @Test
  @DisplayName("identical content is stored once, however many names it has")
  void dedupe() throws IOException {
    byte[] content = "the same bytes, twice".getBytes(StandardCharsets.UTF_8);
    JsonNode first = files.upload(SPACE, "one.txt", content, member).json();
    JsonNode second = files.upload(SPACE, "two.txt", content, owner).json();
    assertFalse(first.get("id").equals(second.get("id")));
    String sha256 = first.get("sha256").asText();
    assertEquals(sha256, second.get("sha256").asText());
    try (Stream<Path> stored = Files.walk(TestServer.shared().dataDir().resolve("files"))) {
      assertEquals(1, stored.filter(p -> p.getFileName().toString().equals(sha256)).count());
    }
  }

  @Test
  @DisplayName("a new upload under the same name is the next version; every version stays")
  void versions() {
    JsonNode v1 = files.upload(SPACE, "plan.txt", "first plan", member).json();
    Api.Reply second = files.upload(SPACE, "plan.txt", "second plan", owner);
    assertEquals(201, second.status(), second.body());
    JsonNode v2 = second.json();
    assertEquals(v1.get("id"), v2.get("id"));
    assertEquals(2, v2.get("version").asInt());
    String path = "/api/v1/files/" + v2.get("id").asText();
    JsonNode versions = api.get(path + "/versions", member).json();
    assertEquals(2, versions.size());
    assertEquals(2, versions.get(0).get("number").asInt());
    assertEquals(v1.get("sha256"), versions.get(1).get("sha256"));
    assertEquals(
        "first plan", new String(files.download(path + "/versions/1/content", member).body()));
    assertEquals("second plan", new String(files.download(path + "/content", member).body()));
    ErrorsTest.assertProblem(api.get(path + "/versions/9/content", member), 404);
  }

  @Test
  @DisplayName("a byte range downloads as 206; past the end is 416; a stale If-Range gets it all")
  void ranges() {
    String id = files.upload(SPACE, "ranges.txt", "0123456789", member).json().get("id").asText();
    String path = "/api/v1/files/" + id + "/content";
    HttpResponse<byte[]> whole = files.download(path, member);
    assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElseThrow());
    String etag = whole.headers().firstValue("ETag").orElseThrow();

    HttpResponse<byte[]> middle = files.download(path, member, Map.of("Range", "bytes=2-5"));
    assertEquals(206, middle.statusCode());
    assertEquals("2345", new String(middle.body(), StandardCharsets.UTF_8));
    assertEquals("bytes 2-5/10", middle.headers().firstValue("Content-Range").orElseThrow());
    assertEquals("4", middle.headers().firstValue("Content-Length").orElseThrow());
    assertEquals("nosniff", middle.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertEquals(
        "789",
        new String(
            files.download(path, member, Map.of("Range", "bytes=-3")).body(),
            StandardCharsets.UTF_8));
    assertEquals(
        "89",
        new String(
            files.download(path, member, Map.of("Range", "bytes=8-", "If-Range", etag)).body(),
            StandardCharsets.UTF_8));

    HttpResponse<byte[]> past = files.download(path, member, Map.of("Range", "bytes=10-"));
    assertEquals(416, past.statusCode());
    assertEquals("bytes */10", past.headers().firstValue("Content-Range").orElseThrow());
    assertTrue(
        past.headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/problem+json"));

    for (Map<String, String> ignored :
        List.of(
            Map.of("Range", "bytes=0-1,4-5"),
            Map.of("Range", "lines=1-2"),
            Map.of("Range", "bytes=2-5", "If-Range", "\"an-older-version\""))) {
      HttpResponse<byte[]> all = files.download(path, member, ignored);
      assertEquals(200, all.statusCode(), ignored.toString());
      assertEquals("0123456789", new String(all.body(), StandardCharsets.UTF_8));
    }
  }

  @Test
  @DisplayName("the type comes from the bytes: HTML named .jpg is HTML, and downloads as such")
  void typeFromContent() {
    JsonNode file =
        files
            .upload(
                SPACE,
                "holiday.jpg",
                "image/jpeg",
                "<html><body><script>alert(1)</script></body></html>"
                    .getBytes(StandardCharsets.UTF_8),
                member)
            .json();
    assertEquals("text/html", file.get("content_type").asText());
    assertAttachment(file.get("id").asText(), "holiday.jpg");
  }

  @Test
  @DisplayName("an SVG upload, which could run script, is only ever an attachment")
  void svgIsAnAttachment() {
    String svg =
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
            + "<script>alert(2)</script></svg>";
    JsonNode file = files.upload(SPACE, "logo.svg", "image/svg+xml", svg.getBytes(), member).json();
    assertEquals("image/svg+xml", file.get("content_type").asText());
    assertNull(file.get("thumbnail_url").textValue());
    assertAttachment(file.get("id").asText(), "logo.svg");
  }

  @Test
  @DisplayName("an image is shown inline and has a bounded thumbnail")
  void imageThumbnail() throws IOException {
    JsonNode file = files.upload(SPACE, "chart.png", png(1200, 600), member).json();
    assertEquals("image/png", file.get("content_type").asText());
    HttpResponse<byte[]> content =
        files.download("/api/v1/files/" + file.get("id").asText() + "/content", member);
    assertTrue(
        content.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline"));
    HttpResponse<byte[]> thumbnail = files.download(file.get("thumbnail_url").asText(), member);
    assertEquals(200, thumbnail.statusCode());
    assertEquals("image/png", thumbnail.headers().firstValue("Content-Type").orElseThrow());
    BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
    assertEquals(256, small.getWidth());
    assertEquals(128, small.getHeight());
  }

  @Test
  @DisplayName("an image claiming 10 billion pixels gets no thumbnail, and nothing breaks")
  void hugeImageHasNoThumbnail() {
    JsonNode file = files.upload(SPACE, "huge.png", hugePng(100_000, 100_000), member).json();
    assertEquals("image/png", file.get("content_type").asText());
    ErrorsTest.assertProblem(api.get(file.get("thumbnail_url").asText(), member), 404);
    assertEquals(200, api.get("/api/v1/files/" + file.get("id").asText(), member).status());
  }

  @Test
  @DisplayName("a name with path traversal is just a name: stored as given, served encoded")
  void traversalNamesAreNames() {
    String name = "../../etc/passwd";
    JsonNode file = files.upload(SPACE, name, "not a password file", member).json();
    assertEquals(name, file.get("name").asText());
    HttpResponse<byte[]> content =
        files.download("/api/v1/files/" + file.get("id").asText() + "/content", member);
    assertEquals(
        "inline; filename=\".._.._etc_passwd\"; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd",
        content.headers().firstValue("Content-Disposition").orElseThrow());
    assertFalse(Files.exists(TestServer.shared().dataDir().resolve("etc/passwd")));
  }

  @Test
  @DisplayName("a name beyond ASCII survives the upload and downloads under RFC 8187 filename*")
  void unicodeNames() {
    JsonNode file = files.upload(SPACE, "Prüfbericht €.txt", "Bericht", member).json();
    assertEquals("Prüfbericht €.txt", file.get("name").asText());
    HttpResponse<byte[]> content =
        files.download("/api/v1/files/" + file.get("id").asText() + "/content", member);
    assertEquals(
        "inline; filename=\"Pr_fbericht _.txt\"; filename*=UTF-8''Pr%C3%BCfbericht%20%E2%82%AC.txt",
        content.headers().firstValue("Content-Disposition").orElseThrow());
  }

  @Test
  @DisplayName("unknown, malformed and deleted ids are 404; non-members get 404 too")
  void notFound() {
    ErrorsTest.assertProblem(api.get("/api/v1/files/999999999", member), 404);
    ErrorsTest.assertProblem(api.get("/api/v1/files/not-a-number/content", member), 404);
    String id =
        files.upload(SPACE, "private.txt", "members only", member).json().get("id").asText();
    ErrorsTest.assertProblem(api.get("/api/v1/files/" + id, outsider), 404);
    ErrorsTest.assertProblem(api.get("/api/v1/files/" + id + "/content", outsider), 404);
    ErrorsTest.assertProblem(files.upload(SPACE, "sneaky.txt", "x", outsider), 403);
  }

  @Test
  @DisplayName("the uploader or an owner may delete a file; another member may not")
  void deletePermissions() {
    String mine = files.upload(SPACE, "mine.txt", "member's", member).json().get("id").asText();
    String theirs = files.upload(SPACE, "theirs.txt", "owner's", owner).json().get("id").asText();
    ErrorsTest.assertProblem(api.delete("/api/v1/files/" + theirs, member), 403);
    ErrorsTest.assertProblem(api.delete("/api/v1/files/" + mine, outsider), 404);
    assertEquals(204, api.delete("/api/v1/files/" + mine, member).status());
    assertEquals(204, api.delete("/api/v1/files/" + theirs, owner).status());
    ErrorsTest.assertProblem(api.get("/api/v1/files/" + mine, member), 404);
    JsonNode list = api.get("/api/v1/spaces/" + SPACE + "/files?limit=100", owner).json();
    assertFalse(list.findValuesAsText("id").contains(mine));
    String again = files.upload(SPACE, "mine.txt", "anew", member).json().get("id").asText();
    assertFalse(again.equals(mine), "a deleted file's name starts a new file");
  }

  @Test
  @DisplayName("a body that is not multipart is 415; a multipart body without a file is 422")
  void malformed() {
    ErrorsTest.assertProblem(
        api.raw("POST", "/api/v1/spaces/" + SPACE + "/files", "text/plain", "hello", member), 415);
    ErrorsTest.assertProblem(
        api.raw(
            "POST",
            "/api/v1/spaces/" + SPACE + "/files",
            "multipart/form-data; boundary=xyz",
            "--xyz\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nvalue\r\n--xyz--\r\n",
            member),
        422);
  }

  @Test
  @DisplayName("posts and wiki pages show uploaded images by reference, and no outside image")
  void imagesInPostsAndPages() throws IOException {
    String id = files.upload(SPACE, "diagram.png", png(80, 40), member).json().get("id").asText();
    String markdown =
        "See ![diagram](/api/v1/files/" + id + "/content) not ![x](https://evil.example/p.png)";
    Api.Reply post =
        api.post("/api/v1/statuses", Map.of("status", markdown, "space", SPACE), member);
    assertEquals(201, post.status(), post.body());
    String content = post.json().get("content").asText();
    assertTrue(
        content.contains("<img src=\"/api/v1/files/" + id + "/content\" alt=\"diagram\""), content);
    assertFalse(content.contains("evil.example"), content);
    Api.Reply page = new WikiClient(api).create(SPACE, "diagrams", "Diagrams", markdown, member);
    assertEquals(201, page.status(), page.body());
    assertTrue(
        page.json().get("html").asText().contains("<img src=\"/api/v1/files/" + id + "/content\""),
        page.body());
  }

  private static void assertAttachment(String id, String name) {
    HttpResponse<byte[]> content = files.download("/api/v1/files/" + id + "/content", member);
    assertEquals(200, content.statusCode());
    assertTrue(
        content
            .headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .startsWith("attachment; filename=\"" + name + "\""));
    assertEquals("nosniff", content.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertTrue(
        content
            .headers()
            .firstValue("Content-Security-Policy")
            .orElseThrow()
            .startsWith("sandbox"));
  }

  static byte[] png(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** A tiny PNG whose header claims {@code width} × {@code height} pixels. */
  static byte[] hugePng(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    byte[] header =
        ByteBuffer.allocate(13)
            .putInt(width)
            .putInt(height)
            .put((byte) 8)
            .put((byte) 2)
            .put((byte) 0)
            .put((byte) 0)
            .put((byte) 0)
            .array();
    chunk(out, "IHDR", header);
    Deflater deflater = new Deflater();
    deflater.setInput(new byte[1024]);
    deflater.finish();
    byte[] data = new byte[2048];
    int length = deflater.deflate(data);
    chunk(out, "IDAT", Arrays.copyOf(data, length));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(type.getBytes(StandardCharsets.US_ASCII));
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
