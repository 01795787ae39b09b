package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The files pages of a space: the list, the upload form without script, versions, delete. */
class FilesPagesTest {

  private static final String SPACE = "files-pages";
  private static final String FILES = "/spaces/" + SPACE + "/files";
  private static final Pattern VERSIONS_LINK = Pattern.compile("href=\"(" + FILES + "/\\d+)\"");

  private static WebSession owner;
  private static WebSession outsider;

  @BeforeAll
  static void start() {
    Api api = TestServer.shared().api();
    List<String> people =
        PeopleApiTest.usernames(
            api.get("/api/v1/people?business_unit=CS&limit=2", api.token("hr")).json());
    api.post(
        "/api/v1/spaces",
        Map.of("slug", SPACE, "name", "Files pages", "visibility", "private"),
        api.token(people.get(0)));
    owner = WebSession.signIn(api, people.get(0), Api.DEMO_PASSWORD);
    outsider = WebSession.signIn(api, people.get(1), Api.DEMO_PASSWORD);
  }

  @Test
  @DisplayName("the space's Files tab offers a labelled multipart upload form")
  void uploadForm() {
    Api.Reply page = owner.get(FILES);
    assertEquals(200, page.status(), page.body());
    assertTrue(page.body().contains("enctype=\"multipart/form-data\""), page.body());
    assertTrue(page.body().contains("<label for=\"file\">"));
    assertTrue(page.body().contains("href=\"" + FILES + "\" aria-current=\"page\""));
    assertTrue(owner.get("/spaces/" + SPACE).body().contains("href=\"" + FILES + "\""));
  }

  @Test
  @DisplayName("uploading through the form lists the file; the same name again is version 2")
  void uploadAndVersions() {
    Api.Reply uploaded = owner.upload(FILES, owner.csrf(), "minutes.txt", bytes("Minutes, v1"));
    assertEquals(303, uploaded.status(), uploaded.body());
    assertTrue(uploaded.header("Location").endsWith(FILES + "?flash=file_uploaded"));
    assertEquals(303, owner.upload(FILES, owner.csrf(), "minutes.txt", bytes("v2")).status());
    Api.Reply list = owner.get(FILES);
    assertTrue(list.body().contains(">minutes.txt</a>"), list.body());
    assertTrue(list.body().contains("2 versions"), list.body());
    Matcher link = VERSIONS_LINK.matcher(list.body());
    assertTrue(link.find(), list.body());
    Api.Reply versions = owner.get(link.group(1));
    assertEquals(200, versions.status());
    assertTrue(versions.body().contains("Version 2"));
    assertTrue(versions.body().contains("Version 1"));
  }

  @Test
  @DisplayName("an upload without the form token is refused, and no file is made")
  void uploadNeedsTheFormToken() {
    assertEquals(403, owner.upload(FILES, null, "forged.txt", bytes("forged")).status());
    assertEquals(403, owner.upload(FILES, "wrong", "forged.txt", bytes("forged")).status());
    assertFalse(owner.get(FILES).body().contains("forged.txt"));
  }

  @Test
  @DisplayName("submitting the form without a file explains what to do, with a 422")
  void noFileChosen() {
    Api.Reply refused = owner.upload(FILES, owner.csrf(), "", new byte[0]);
    assertEquals(422, refused.status(), refused.body());
    assertTrue(refused.body().contains("Choose a file to upload."));
    assertTrue(refused.body().contains("aria-invalid=\"true\""));
  }

  @Test
  @DisplayName("a non-member of a private space sees no files and no form; file pages are 404")
  void closedToOutsiders() {
    owner.upload(FILES, owner.csrf(), "secret-plan.txt", bytes("plan"));
    Api.Reply list = outsider.get(FILES);
    assertFalse(list.body().contains("secret-plan.txt"));
    assertFalse(list.body().contains("multipart/form-data"));
    Matcher link = VERSIONS_LINK.matcher(owner.get(FILES).body());
    assertTrue(link.find());
    assertEquals(404, outsider.get(link.group(1)).status());
  }

  @Test
  @DisplayName("the uploader deletes a file from its page")
  void delete() {
    owner.upload(FILES, owner.csrf(), "old-draft.txt", bytes("draft"));
    String list = owner.get(FILES).body();
    Matcher link =
        Pattern.compile(
                "href=\"("
                    + FILES
                    + "/\\d+)\">1 version<span class=\"visually-hidden\"> of old-draft.txt")
            .matcher(list);
    assertTrue(link.find(), list);
    Api.Reply deleted = owner.post(link.group(1) + "/delete", Map.of());
    assertEquals(303, deleted.status(), deleted.body());
    assertFalse(owner.get(FILES).body().contains("old-draft.txt"));
    assertEquals(404, owner.get(link.group(1)).status());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
