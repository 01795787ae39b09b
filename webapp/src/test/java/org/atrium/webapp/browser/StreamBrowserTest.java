package org.atrium.webapp.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Deque;
import java.util.List;
import org.atrium.webapp.Api;
import org.atrium.webapp.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The home timeline, spaces, threads and notifications in real browsers: a post appears live in a
 * second session, likes and replies work from the cards, a refused post keeps its text; at phone
 * and desktop widths, with screenshots.
 */
class StreamBrowserTest {

  private static Api api;
  private static StreamFixtures fixtures;
  private static Browser browser;

  /** Demo employees, each signing in once: sign-ins are rate-limited per person. */
  private static Deque<String> people;

  @BeforeAll
  static void start() throws Exception {
    TestServer server = TestServer.shared();
    api = server.api();
    fixtures = new StreamFixtures(api);
    people = fixtures.people("IT", 14);
    browser = Browser.start(server.uri());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void freshWindow() {
    browser.forgetSession();
    browser.darkTheme(false);
    browser.resize(Browser.DESKTOP);
  }

  @Test
  @DisplayName("a post into a space appears live in a member's home timeline, behind a notice")
  void livePostAcrossSessions() throws Exception {
    String poster = people.pop();
    String reader = people.pop();
    String slug = fixtures.space(poster, fixtures.slug("live"), "Live launch", "private");
    fixtures.addMember(poster, slug, reader);
    fixtures.post(poster, "Kick-off notes are in the space. #livelaunch", slug);
    fixtures.awaitNotifications(reader, 1);

    browser.signIn(reader, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    browser.awaitLive();
    int before = posts(browser);
    int unread = badgeCount();
    WebElement notice = browser.driver().findElement(By.cssSelector("[data-new-posts]"));
    assertFalse(notice.isDisplayed(), "no notice before anything new arrives");

    try (Browser other = Browser.start(TestServer.shared().uri())) {
      other.resize(Browser.DESKTOP);
      other.signIn(poster, Api.DEMO_PASSWORD);
      other.awaitPath("/home");
      other.open("/spaces/" + slug);
      String text = "Launch moved to Thursday, @" + reader + " please check the plan";
      other.type(By.id("composer-text"), text);
      other.follow(By.cssSelector("form[data-composer] button[type=submit]"));
      assertEquals("Your post is up.", other.find(By.cssSelector("[role=status]")).getText());
      assertTrue(other.find(By.cssSelector(".post-content")).getText().contains("Thursday"));
      other.open("/spaces/" + slug);
      other.find(By.id("composer-text"));
      other.screenshot("space", Browser.DESKTOP);
      other.resize(Browser.PHONE);
      other.open("/spaces/" + slug);
      other.find(By.id("composer-text"));
      assertFalse(other.overflowsSideways(), "the space page scrolls sideways on a phone");
      other.screenshot("space", Browser.PHONE);
    }

    browser.until(d -> notice.isDisplayed());
    assertEquals("1 new post: show it", notice.getText());
    assertEquals(
        "polite",
        browser.driver().findElement(By.cssSelector(".live-notice")).getAttribute("aria-live"));
    assertEquals(before, posts(browser), "the stream does not shift while the person reads");
    browser.until(d -> badgeCount() == unread + 1);
    assertEquals("Notifications, " + (unread + 1) + " unread", bellLabel());

    notice.click();
    browser.until(d -> posts(browser) == before + 1);
    WebElement first = browser.find(By.cssSelector("#stream .post"));
    assertTrue(first.getText().contains("Launch moved to Thursday"), first.getText());
    assertEquals(first, browser.driver().switchTo().activeElement(), "focus moves to the news");
    assertFalse(notice.isDisplayed(), "the notice goes once the posts are shown");
    browser.screenshot("home", Browser.DESKTOP);
    browser.resize(Browser.PHONE);
    browser.open("/home");
    browser.find(By.id("composer-text"));
    assertFalse(browser.overflowsSideways(), "home scrolls sideways on a phone");
    browser.screenshot("home", Browser.PHONE);
  }

  @Test
  @DisplayName("like, unlike and reply from the post cards and the thread")
  void likeAndReply() {
    String author = people.pop();
    String me = people.pop();
    String root = fixtures.post(author, "Who has the **release checklist**?", null);
    fixtures.reply(author, "It used to be on the wiki.", root);
    browser.signIn(me, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    browser.open("/statuses/" + root);

    By like = By.cssSelector(".focused button[aria-pressed]");
    assertEquals("false", browser.find(like).getAttribute("aria-pressed"));
    browser.follow(like);
    assertEquals("You liked the post.", browser.find(By.cssSelector("[role=status]")).getText());
    assertEquals("true", browser.find(like).getAttribute("aria-pressed"));
    assertTrue(browser.find(By.cssSelector(".focused .post-actions")).getText().contains("1 like"));
    browser.follow(like);
    assertEquals("false", browser.find(like).getAttribute("aria-pressed"));
    assertFalse(browser.find(By.cssSelector(".focused .post-actions")).getText().contains("like"));

    browser.type(By.id("composer-text"), "It is in the *Release* space now.");
    browser.follow(By.cssSelector("form[data-composer] button[type=submit]"));
    assertEquals("Your reply is posted.", browser.find(By.cssSelector("[role=status]")).getText());
    List<WebElement> replies = browser.driver().findElements(By.cssSelector(".replies .post"));
    assertEquals(2, replies.size());
    assertTrue(replies.get(1).getText().contains("It is in the Release space now."));
    assertEquals("2 replies", browser.find(By.id("replies-heading")).getText());
    browser.open("/statuses/" + root);
    browser.find(By.id("composer-text"));
    browser.screenshot("thread", Browser.DESKTOP);
    browser.resize(Browser.PHONE);
    browser.open("/statuses/" + root);
    browser.find(By.id("composer-text"));
    assertFalse(browser.overflowsSideways(), "the thread scrolls sideways on a phone");
    browser.screenshot("thread", Browser.PHONE);
  }

  @Test
  @DisplayName("a refused post comes back with its text and the reason; Ctrl+Enter posts")
  void composerKeepsText() {
    String me = people.pop();
    browser.signIn(me, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    WebElement text = browser.find(By.id("composer-text"));
    String tooLong = "Roadmap notes. " + "x".repeat(5000);
    browser.script(
        "arguments[0].value = arguments[1];" + " arguments[0].dispatchEvent(new Event('input'));",
        text,
        tooLong);
    WebElement count = browser.find(By.cssSelector("[data-count]"));
    assertEquals("15 characters too many", count.getText());
    assertTrue(count.getAttribute("class").contains("over"));
    browser.follow(By.cssSelector("form[data-composer] button[type=submit]"));

    WebElement kept = browser.find(By.id("composer-text"));
    assertEquals(tooLong, kept.getAttribute("value"));
    assertEquals("true", kept.getAttribute("aria-invalid"));
    assertTrue(kept.getAttribute("aria-describedby").contains("composer-error"));
    assertTrue(
        browser.find(By.id("composer-error")).getText().contains("5,000 characters or fewer"));
    assertTrue(browser.driver().getTitle().startsWith("Error:"), browser.driver().getTitle());

    browser.script("arguments[0].value = '';", kept);
    kept.sendKeys("Short and sweet #composer");
    browser.followKeys(kept, Keys.chord(Keys.CONTROL, Keys.ENTER));
    assertEquals("Your post is up.", browser.find(By.cssSelector("[role=status]")).getText());
    assertTrue(browser.find(By.cssSelector("#stream .post")).getText().contains("Short and sweet"));
  }

  @Test
  @DisplayName("notifications say what happened, can be dismissed and cleared; the bell counts")
  void notifications() {
    String me = people.pop();
    String fan = people.pop();
    String post = fixtures.post(me, "Our team page is live.", null);
    fixtures.follow(fan, me);
    fixtures.like(fan, post);
    fixtures.reply(fan, "Nice work!", post);
    fixtures.awaitNotifications(me, 3);
    browser.signIn(me, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    assertEquals("Notifications, 3 unread", bellLabel());
    assertEquals("3", browser.find(By.cssSelector(".bell .badge")).getText());

    browser.follow(By.cssSelector(".bell"));
    browser.awaitPath("/notifications");
    String fanName =
        browser.find(By.cssSelector(".notification-text")).getText().split(" replied")[0];
    List<String> texts =
        browser.driver().findElements(By.cssSelector(".notification-text")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(
        List.of(
            fanName + " replied to your post",
            fanName + " liked your post",
            fanName + " followed you"),
        texts);
    assertEquals("page", bell().getAttribute("aria-current"));
    browser.screenshot("notifications", Browser.DESKTOP);
    browser.resize(Browser.PHONE);
    browser.open("/notifications");
    browser.find(By.cssSelector(".notification"));
    assertFalse(browser.overflowsSideways(), "notifications scroll sideways on a phone");
    browser.screenshot("notifications", Browser.PHONE);
    browser.resize(Browser.DESKTOP);

    browser.follow(By.cssSelector(".notification button[type=submit]"));
    assertEquals(
        "Notification dismissed.", browser.find(By.cssSelector("[role=status]")).getText());
    assertEquals(2, browser.driver().findElements(By.cssSelector(".notification")).size());
    assertEquals("Notifications, 2 unread", bellLabel());

    browser.find(By.cssSelector(".page-head details.confirm summary")).click();
    browser.follow(By.cssSelector(".page-head .confirm-box button"));
    assertEquals(
        "All notifications are cleared.", browser.find(By.cssSelector("[role=status]")).getText());
    assertTrue(browser.find(By.cssSelector(".empty")).getText().contains("all caught up"));
    assertEquals("Notifications", bellLabel());
  }

  @Test
  @DisplayName("create a space with inline errors, add a member, rename it and archive it")
  void spaceLifecycle() {
    String me = people.pop();
    String colleague = people.pop();
    String slug = fixtures.slug("team");
    browser.signIn(me, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    browser.follow(By.cssSelector(".rail a[href='/spaces']"));
    browser.find(By.cssSelector(".create-space summary")).click();
    browser.type(By.id("slug"), "Not a slug!");
    browser.follow(By.cssSelector(".space-form button[type=submit]"));
    assertEquals("true", browser.find(By.id("slug")).getAttribute("aria-invalid"));
    assertTrue(browser.find(By.id("name-error")).getText().contains("Enter a name"));
    assertTrue(browser.find(By.cssSelector(".error-summary")).getText().contains("Address"));
    assertEquals("Not a slug!", browser.find(By.id("slug")).getAttribute("value"));
    browser.screenshot("spaces-error", Browser.DESKTOP);

    browser.type(By.id("slug"), slug);
    browser.type(By.id("name"), "Payments <team>");
    browser.type(By.id("description"), "Cards, wallets & payouts.");
    browser.find(By.id("visibility-private")).click();
    browser.follow(By.cssSelector(".space-form button[type=submit]"));
    browser.awaitPath("/spaces/" + slug);
    assertEquals("Payments <team>", browser.heading());
    assertTrue(browser.find(By.cssSelector("[role=status]")).getText().contains("ready"));

    browser.follow(By.linkText("1 member"));
    browser.type(By.id("username"), colleague);
    browser.follow(By.cssSelector(".add-member button[type=submit]"));
    assertEquals(2, browser.driver().findElements(By.cssSelector(".member-row")).size());
    browser.screenshot("space-members", Browser.DESKTOP);

    browser.follow(By.linkText("Settings"));
    browser.type(By.id("name"), "Payments");
    browser.follow(By.cssSelector(".space-form button[type=submit]"));
    assertEquals("Payments", browser.heading());
    browser.follow(By.linkText("Settings"));
    browser.screenshot("space-settings", Browser.DESKTOP);
    browser.find(By.cssSelector(".danger-zone summary")).click();
    browser.follow(By.cssSelector(".danger-zone .confirm-box button"));
    assertTrue(browser.find(By.cssSelector(".banner")).getText().contains("archived"));
    assertTrue(browser.driver().findElements(By.id("composer-text")).isEmpty(), "read-only");
  }

  @Test
  @DisplayName("on a phone the navigation sits behind a menu button that works without script")
  void phoneMenu() {
    String me = people.pop();
    String owner = people.pop();
    String slug = fixtures.space(owner, fixtures.slug("menu"), "Menu test", "public");
    fixtures.addMember(owner, slug, me);
    browser.resize(Browser.PHONE);
    browser.signIn(me, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    assertFalse(browser.driver().findElement(By.cssSelector(".rail")).isDisplayed());
    WebElement menu = browser.find(By.cssSelector(".menu summary"));
    assertEquals("Menu", menu.getAttribute("textContent").trim());
    menu.click();
    WebElement home = browser.find(By.cssSelector(".menu-nav a[href='/home']"));
    assertEquals("page", home.getAttribute("aria-current"));
    browser.screenshot("menu", Browser.PHONE);
    browser.follow(browser.find(By.cssSelector(".menu-nav a[href='/spaces/" + slug + "']")));
    browser.awaitPath("/spaces/" + slug);
    browser.find(By.cssSelector(".menu summary")).click();
    assertEquals(
        "page",
        browser
            .find(By.cssSelector(".menu-nav a[href='/spaces/" + slug + "']"))
            .getAttribute("aria-current"));
  }

  private static WebElement bell() {
    return browser.driver().findElement(By.cssSelector(".bell"));
  }

  /** The bell's accessible name, which screen readers read out; it is visually hidden. */
  private static String bellLabel() {
    return browser
        .driver()
        .findElement(By.cssSelector(".bell .bell-label"))
        .getAttribute("textContent");
  }

  private static int badgeCount() {
    String count = bell().findElement(By.cssSelector(".badge")).getAttribute("textContent");
    return Integer.parseInt(count);
  }

  private static int posts(Browser in) {
    return in.driver().findElements(By.cssSelector("#stream .post")).size();
  }
}
