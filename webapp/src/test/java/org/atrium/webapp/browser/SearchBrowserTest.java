package org.atrium.webapp.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.atrium.webapp.Api;
import org.atrium.webapp.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The search page and the header's autocomplete in a real browser. */
class SearchBrowserTest {

  private static Browser browser;
  private static StreamFixtures fixtures;
  private static String me;

  @BeforeAll
  static void start() throws Exception {
    TestServer server = TestServer.shared();
    browser = Browser.start(server.uri());
    fixtures = new StreamFixtures(server.api());
    me = fixtures.people("FIN", 1).pop();
    fixtures.post(me, "Plovendrix budget notes for the quarter #plovendrix", null);
    fixtures.post(me, "More plovendrix forecasting", null);
    server.services().dispatcher().drain();
    server.services().search().refresh();
    browser.resize(Browser.DESKTOP);
    browser.signIn(me, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @DisplayName("the header search leads to results with highlights, tabs and facets that narrow")
  void searchPage() {
    browser.type(By.id("search-q"), "plovendrix");
    browser.follow(By.cssSelector("form.search button[type=submit]"));
    browser.awaitPath("/search");
    assertEquals(2, browser.driver().findElements(By.cssSelector(".hits .hit")).size());
    assertTrue(
        browser.find(By.cssSelector(".snippet mark")).getText().equalsIgnoreCase("plovendrix"));
    browser.follow(By.linkText("plovendrix"));
    assertEquals(1, browser.driver().findElements(By.cssSelector(".hits .hit")).size());
    browser.follow(By.cssSelector(".search-tabs a:nth-child(2)"));
    browser.find(By.cssSelector(".empty"));
  }

  @Test
  @DisplayName("typing in the header box offers suggestions, chosen with the keyboard")
  void autocomplete() {
    browser.open("/home");
    WebElement box = browser.find(By.id("search-q"));
    box.sendKeys("#plovend");
    WebElement option = browser.find(By.cssSelector("#search-suggestions [role=option]"));
    assertEquals("true", box.getAttribute("aria-expanded"));
    assertTrue(option.getText().contains("plovendrix"), option.getText());
    box.sendKeys(Keys.ARROW_DOWN);
    assertEquals(option.getAttribute("id"), box.getAttribute("aria-activedescendant"));
    box.sendKeys(Keys.ENTER);
    browser.awaitPath("/tags/plovendrix");
  }
}
