package org.atrium.webapp.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.atrium.webapp.Api;
import org.atrium.webapp.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Uploading through the files page in a real browser, on a phone: versions and thumbnails. */
class FilesBrowserTest {

  private static Api api;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    TestServer server = TestServer.shared();
    api = server.api();
    browser = Browser.start(server.uri());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @DisplayName("on a phone, uploading the same image twice lists it once, with 2 versions")
  void uploadTwiceOnAPhone() throws IOException {
    StreamFixtures fixtures = new StreamFixtures(api);
    String me = fixtures.people("HR", 3, 1).pop();
    String slug = fixtures.space(me, fixtures.slug("files-phone"), "Site photos", "public");
    Path image = image("site.png");

    browser.resize(Browser.PHONE);
    browser.signIn(me, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    browser.open("/spaces/" + slug);
    browser.follow(By.linkText("Files"));
    for (int upload = 0; upload < 2; upload++) {
      browser.find(By.id("file")).sendKeys(image.toString());
      browser.follow(By.cssSelector(".upload-form button[type=submit]"));
      assertTrue(browser.find(By.cssSelector(".flash, [role=status]")).isDisplayed());
    }
    List<WebElement> rows = browser.driver().findElements(By.cssSelector(".file-row"));
    assertEquals(1, rows.size());
    assertTrue(rows.getFirst().getText().contains("2 versions"), rows.getFirst().getText());
    WebElement thumbnail = rows.getFirst().findElement(By.cssSelector(".file-thumb"));
    assertTrue(
        (Boolean)
            browser.script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", thumbnail),
        "the thumbnail loads");
    assertFalse(browser.overflowsSideways());
    browser.screenshot("files-phone", Browser.PHONE);
  }

  /** A small PNG on disk, for a file input to pick. */
  static Path image(String name) throws IOException {
    BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x2f6f9f));
    g.fillRect(0, 0, 320, 200);
    g.dispose();
    Path file = Files.createTempDirectory("atrium-upload").resolve(name);
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
