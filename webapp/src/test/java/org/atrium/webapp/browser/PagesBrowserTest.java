package org.atrium.webapp.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
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
import org.openqa.selenium.WebElement;

/**
 * What a person does in the pages, in a real browser against the real server: sign in, find an
 * expert, endorse a skill, edit their profile; at phone and desktop widths, with screenshots.
 */
class PagesBrowserTest {

  private static Api api;
  private static String hr;
  private static Browser browser;

  /** Demo employees, each signing in once: sign-ins are rate-limited per person. */
  private static Deque<String> employees;

  @BeforeAll
  static void start() throws Exception {
    TestServer server = TestServer.shared();
    api = server.api();
    hr = api.token("hr");
    employees = employees();
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
  @DisplayName("a wrong password says so and keeps the typed login")
  void wrongPassword() {
    String login = employees.pop();
    for (Browser.Size size : List.of(Browser.PHONE, Browser.DESKTOP)) {
      browser.resize(size);
      browser.open("/login");
      browser.find(By.id("login"));
      browser.screenshot("signin", size);
    }
    browser.signIn(login, "not-the-password");

    WebElement alert = browser.find(By.cssSelector("[role=alert]"));
    assertTrue(alert.getText().contains("not right"), alert.getText());
    assertEquals(login, browser.find(By.id("login")).getAttribute("value"));
    assertEquals("", browser.find(By.id("password")).getAttribute("value"));
  }

  @Test
  @DisplayName("find a Kubernetes expert by a synonym, endorse their skill, then withdraw it")
  void findAndEndorse() {
    String me = employees.pop();
    browser.signIn(me, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    browser.follow(By.cssSelector(".rail a[href='/people']"));
    browser.awaitPath("/people");
    assertEquals(
        "page",
        browser.find(By.cssSelector(".rail a[href='/people']")).getAttribute("aria-current"));

    browser.type(By.id("filter-skill"), "k8s");
    browser.follow(By.cssSelector("form.filters button[type=submit]"));
    assertTrue(browser.find(By.id("results-heading")).getText().contains("Kubernetes"));
    List<WebElement> chips = browser.driver().findElements(By.cssSelector("#results .chip"));
    assertFalse(chips.isEmpty(), "someone in the demo organisation knows Kubernetes");
    chips.forEach(chip -> assertTrue(chip.getText().contains("Kubernetes"), chip.getText()));
    browser.screenshot("directory", Browser.DESKTOP);

    WebElement expert =
        browser.driver().findElements(By.cssSelector("#results .chip-name")).stream()
            .filter(link -> !link.getAttribute("href").endsWith("/people/" + me))
            .findFirst()
            .orElseThrow();
    String name = expert.getText();
    browser.follow(expert);
    assertEquals(name, browser.heading());
    browser.screenshot("profile", Browser.DESKTOP);

    endorseAndWithdraw("Kubernetes");
  }

  @Test
  @DisplayName("a skill with a slash in its name can be endorsed too")
  void endorseSkillWithSlash() {
    String skill = "GitLab CI/CD";
    String me = employees.pop();
    String expert =
        api
            .get("/api/v1/people?skill=" + Api.encode(skill) + "&limit=10", hr)
            .json()
            .findValues("username")
            .stream()
            .map(JsonNode::asText)
            .filter(u -> !u.equals(me))
            .findFirst()
            .orElseThrow(() -> new AssertionError("someone in the demo knows " + skill));
    browser.signIn(me, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    browser.open("/people/" + expert);

    endorseAndWithdraw(skill);
  }

  @Test
  @DisplayName("the profile form keeps what was typed and points at the invalid field")
  void editProfile() {
    String me = employees.pop();
    browser.signIn(me, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    browser.follow(By.cssSelector(".me-link"));
    browser.awaitPath("/people/" + me);
    assertEquals("page", browser.find(By.cssSelector(".me-link")).getAttribute("aria-current"));
    browser.follow(By.linkText("Edit profile"));
    browser.awaitPath("/people/" + me + "/edit");

    String about = "I run the quarterly <planning> & keep our roadmap honest.";
    browser.type(By.id("about"), about);
    browser.type(By.id("time_zone"), "Mars/Olympus");
    browser.follow(By.cssSelector(".profile-form button[type=submit]"));

    WebElement zone = browser.find(By.id("time_zone"));
    assertEquals("true", zone.getAttribute("aria-invalid"));
    assertTrue(zone.getAttribute("aria-describedby").contains("time_zone-error"));
    assertTrue(browser.find(By.id("time_zone-error")).getText().contains("Europe/Berlin"));
    assertEquals("Mars/Olympus", zone.getAttribute("value"));
    assertEquals(about, browser.find(By.id("about")).getAttribute("value"));
    assertTrue(browser.find(By.cssSelector(".error-summary")).getText().contains("Time zone"));
    assertTrue(browser.driver().getTitle().startsWith("Error:"), browser.driver().getTitle());

    browser.type(By.id("time_zone"), "Europe/Berlin");
    browser.follow(By.cssSelector(".profile-form button[type=submit]"));
    browser.awaitPath("/people/" + me);
    assertEquals("Your profile is saved.", browser.find(By.cssSelector("[role=status]")).getText());
    assertTrue(browser.find(By.cssSelector(".prose")).getText().contains(about));
    assertTrue(browser.find(By.cssSelector(".facts")).getText().contains("Europe/Berlin"));
  }

  @Test
  @DisplayName("on a phone the directory fits the screen, filters and pages")
  void phone() {
    browser.resize(Browser.PHONE);
    String me = employees.pop();
    browser.signIn(me, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    browser.open("/people");
    assertFalse(browser.overflowsSideways(), "the directory scrolls sideways on a phone");
    String first = browser.find(By.cssSelector("#results .chip-name")).getText();
    browser.screenshot("directory", Browser.PHONE);

    browser.follow(By.cssSelector(".pager [rel=next]"));
    browser.find(By.linkText("First page"));
    assertNotEquals(first, browser.find(By.cssSelector("#results .chip-name")).getText());

    browser.type(By.id("filter-skill"), "Kubernetes");
    browser.follow(By.cssSelector("form.filters button[type=submit]"));
    assertTrue(browser.find(By.id("results-heading")).getText().contains("Kubernetes"));
    assertFalse(browser.overflowsSideways(), "the results scroll sideways on a phone");

    browser.follow(By.cssSelector("#results .chip-name"));
    browser.find(By.id("skills"));
    assertFalse(browser.overflowsSideways(), "the profile scrolls sideways on a phone");
    browser.screenshot("profile", Browser.PHONE);
  }

  /**
   * Endorses {@code skill} on the open profile and withdraws the endorsement again, checking the
   * count and the button each time. The demo organisation has endorsements of its own, so when this
   * person already endorsed the skill the two steps run the other way round.
   */
  private static void endorseAndWithdraw(String skill) {
    By row = By.cssSelector(".skill[data-skill='" + skill + "']");
    int before = endorsements(browser.find(row));
    boolean endorsedBefore = label(row).equals("Withdraw");
    assertTrue(
        button(row).getAttribute("textContent").contains(skill), "the button names the skill");
    for (boolean endorse : endorsedBefore ? List.of(false, true) : List.of(true, false)) {
      browser.follow(button(row));
      String flash = browser.find(By.cssSelector("#skills [role=status]")).getText();
      int count = endorsements(browser.find(row));
      if (endorse) {
        assertEquals("Thanks, your endorsement is added.", flash);
        assertEquals(endorsedBefore ? before : before + 1, count);
        assertEquals("Withdraw", label(row));
      } else {
        assertEquals("Your endorsement is withdrawn.", flash);
        assertEquals(endorsedBefore ? before - 1 : before, count);
        assertEquals("Endorse", label(row));
      }
    }
  }

  private static WebElement button(By row) {
    return browser.find(row).findElement(By.tagName("button"));
  }

  /** The button's visible words, without the skill name that only screen readers hear. */
  private static String label(By row) {
    return button(row).getText().split("\\s")[0];
  }

  private static int endorsements(WebElement row) {
    return Integer.parseInt(row.getAttribute("data-endorsements"));
  }

  private static Deque<String> employees() {
    Deque<String> people = new ArrayDeque<>();
    api.get("/api/v1/people?business_unit=MKT&limit=20", hr)
        .json()
        .forEach(p -> people.add(p.get("username").asText()));
    return people;
  }
}
