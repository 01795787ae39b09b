package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.atrium.files.FileDocument;
import org.atrium.files.TextExtractor;
import org.atrium.platform.auth.Caller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Text extraction after commit, through the outbox: the text of common formats is stored for
 * search, and hostile files (a zip bomb, a flood of text) are read only within bounds.
 */
class FileTextTest {

  private static final String SPACE = "files-text";

  private static Api api;
  private static FilesClient files;
  private static String owner;

  @BeforeAll
  static void start() {
    api = TestServer.shared().api();
    files = new FilesClient(api);
    List<String> people =
        PeopleApiTest.usernames(
            api.get("/api/v1/people?business_unit=FIN&limit=1", api.token("hr")).json());
    owner = api.token(people.get(0));
    api.post(
        "/api/v1/spaces", Map.of("slug", SPACE, "name", "Text", "visibility", "public"), owner);
  }

  @Test
  @DisplayName("plain text, HTML, DOCX and PDF uploads have their text extracted after commit")
  void extractsCommonFormats() throws IOException {
    assertEquals(
        "Budget review for the northern region",
        text(upload("budget.txt", bytes("Budget review for the northern region"))));
    String html =
        text(
            upload(
                "page.html",
                bytes("<html><head><title>T</title></head><body><p>Hello <b>wiki</b></p></body>")));
    assertTrue(html.contains("Hello wiki"), html);
    assertFalse(html.contains("<b>"), html);
    assertTrue(
        text(upload("memo.docx", docx("Memo about the quayside project"))).contains("quayside"));
    assertTrue(
        text(upload("report.pdf", pdf("Annual report of the lighthouse"))).contains("lighthouse"));
  }

  @Test
  @DisplayName("a zip bomb yields its entry names, not 200 MB of zeros, and the server carries on")
  void zipBombIsBounded() throws IOException {
    long id = upload("bomb.zip", zipOfZeros(200 * 1024 * 1024));
    String text = text(id);
    assertTrue(text.contains("zeros.bin"), text);
    assertTrue(text.length() < 1000, "text of " + text.length() + " characters");
    assertEquals(200, api.get("/api/v1/files/" + id, owner).status());
  }

  @Test
  @DisplayName("a flood of text is cut at the extraction limit")
  void floodIsTruncated() {
    long id = upload("flood.txt", bytes("word ".repeat(200_000)));
    int length = text(id).length();
    assertTrue(
        length <= TextExtractor.MAX_CHARS && length >= TextExtractor.MAX_CHARS - 5,
        "text of " + length + " characters");
    assertEquals(
        "truncated",
        TestServer.shared().services().files().textOutcome(callerOf(owner), id).orElseThrow());
  }

  private static long upload(String name, byte[] content) {
    Api.Reply reply = files.upload(SPACE, name, content, owner);
    assertEquals(201, reply.status(), reply.body());
    return reply.json().get("id").asLong();
  }

  /** The file's text, once the outbox has delivered everything committed so far. */
  private static String text(long id) {
    TestServer.shared().services().dispatcher().drain();
    FileDocument document = TestServer.shared().services().files().document(id).orElseThrow();
    return document.text();
  }

  private static Caller callerOf(String token) {
    return TestServer.shared().services().auth().authenticateBearer(token);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] docx(String text) throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText(text);
      document.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] pdf(String text) throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  /** A small zip holding one entry of {@code size} zero bytes. */
  private static byte[] zipOfZeros(int size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("zeros.bin"));
      byte[] block = new byte[1024 * 1024];
      for (int written = 0; written < size; written += block.length) {
        zip.write(block);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
