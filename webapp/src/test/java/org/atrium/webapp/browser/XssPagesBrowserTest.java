package org.atrium.webapp.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atrium.webapp.Api;
import org.atrium.webapp.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * The XSS payloads of {@code xss-payloads.txt}, posted for real and as space names, rendered in a
 * real browser: no script runs, no dialog opens, and the pages hold none of the injected elements
 * or handlers. The pages' Content-Security-Policy would block inline scripts anyway; these checks
 * make sure the escaping and sanitising work on their own.
 */
class XssPagesBrowserTest {

  /** Records calls of the dialog functions, installed before any script of a page runs. */
  private static final String TRAP =
      "window.__xss = [];"
          + "['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {"
          + "  var original = window[name];"
          + "  window[name] = function () { window.__xss.push(name);"
          + "    return original.apply(window, arguments); };"
          + "});";

  /** What the sanitiser lets through in post content; anything else was injected. */
  private static final String INJECTED_IN_POSTS =
      "var allowed = ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol',"
          + " 'li', 'a'];"
          + "return Array.from(document.querySelectorAll('.post-content *'))"
          + "  .filter(function (e) { return allowed.indexOf(e.localName) < 0; })"
          + "  .map(function (e) { return e.outerHTML.slice(0, 120); });";

  /** Elements of the space cards other than the template's own. */
  private static final String INJECTED_IN_SPACES =
      "var allowed = ['li', 'h3', 'a', 'p', 'span'];"
          + "return Array.from(document.querySelectorAll('.space-list *'))"
          + "  .filter(function (e) { return allowed.indexOf(e.localName) < 0; })"
          + "  .map(function (e) { return e.outerHTML.slice(0, 120); });";

  /** Anywhere on the page: handlers, script URLs, and scripts not served from /static/. */
  private static final String INJECTED_ANYWHERE =
      "var found = [];"
          + "document.querySelectorAll('script:not([src^=\"/static/\"])')"
          + "  .forEach(function (e) { found.push(e.outerHTML.slice(0, 120)); });"
          + "document.querySelectorAll('*').forEach(function (e) {"
          + "  Array.from(e.attributes).forEach(function (a) {"
          + "    if (/^on/i.test(a.name) || /^\\s*(javascript|vbscript|data):/i.test(a.value)) {"
          + "      found.push(e.localName + ' ' + a.name + '=' + a.value.slice(0, 80)); } }); });"
          + "return found.concat(window.__xss || ['the trap was not installed']);";

  private static StreamFixtures fixtures;
  private static Browser browser;
  private static List<String> payloads;
  private static Deque<String> people;

  @BeforeAll
  static void start() throws IOException {
    TestServer server = TestServer.shared();
    fixtures = new StreamFixtures(server.api());
    people = fixtures.people("SALES", 7, 2);
    try (InputStream in = XssPagesBrowserTest.class.getResourceAsStream("/xss-payloads.txt")) {
      payloads =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.isBlank())
              .toList();
    }
    browser = Browser.start(server.uri());
    browser
        .driver()
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @DisplayName(
      "every payload, posted for real, renders inert in its thread, on home and the profile")
  void posts() {
    assertTrue(payloads.size() >= 100, "the payload list has " + payloads.size());
    String author = people.pop();
    String root = fixtures.post(author, "Payload thread", null);
    for (String payload : payloads) {
      fixtures.reply(author, payload, root);
    }
    browser.forgetSession();
    browser.signIn(author, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    for (String page : List.of("/statuses/" + root, "/home", "/people/" + author)) {
      browser.open(page);
      browser.find(By.cssSelector(".post"));
      assertInert(page, INJECTED_IN_POSTS);
    }
    browser.open("/statuses/" + root);
    assertEquals(
        payloads.size(),
        browser.driver().findElements(By.cssSelector(".replies .post")).size(),
        "every payload is on the thread page");
  }

  @Test
  @DisplayName("payloads as space names and descriptions render as the very text typed")
  void spaceNames() {
    String owner = people.pop();
    String prefix = fixtures.slug("xss");
    Map<String, String> names = new HashMap<>();
    Map<String, String> descriptions = new HashMap<>();
    for (int i = 0; i < payloads.size(); i++) {
      String payload = payloads.get(i);
      String slug = prefix + "-" + i;
      String name = (payload.length() > 200 ? payload.substring(0, 200) : payload).trim();
      fixtures.space(owner, slug, name, "public", payload);
      names.put("/spaces/" + slug, name);
      descriptions.put("/spaces/" + slug, payload.trim());
    }
    browser.forgetSession();
    browser.signIn(owner, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    List<String> wrong = new ArrayList<>();
    int seen = 0;
    String page = "/spaces?member=me&q=" + prefix;
    while (page != null) {
      browser.open(page);
      browser.find(By.cssSelector(".space-list"));
      assertInert(page, INJECTED_IN_SPACES);
      @SuppressWarnings("unchecked")
      List<List<String>> cards =
          (List<List<String>>)
              browser.script(
                  "return Array.from(document.querySelectorAll('.space-card')).map(function (c) {"
                      + " return [c.querySelector('h3 a').getAttribute('href'),"
                      + " c.querySelector('h3').textContent,"
                      + " c.querySelector('.space-description').textContent]; });");
      for (List<String> card : cards) {
        seen++;
        if (!names.get(card.get(0)).equals(card.get(1))
            || !descriptions.get(card.get(0)).equals(card.get(2))) {
          wrong.add(card.get(0) + ": " + card.get(1) + " / " + card.get(2));
        }
      }
      List<org.openqa.selenium.WebElement> next =
          browser.driver().findElements(By.cssSelector(".pager [rel=next]"));
      page = next.isEmpty() ? null : next.getFirst().getAttribute("href");
    }
    assertEquals(List.of(), wrong);
    assertEquals(payloads.size(), seen, "every space is listed");
    String first = "/spaces/" + prefix + "-0";
    browser.open(first);
    assertEquals(names.get(first), browser.find(By.tagName("h1")).getAttribute("textContent"));
    assertInert(first, INJECTED_IN_SPACES);
  }

  /** No dialog opened, nothing injected where {@code injectedHere} looks, nor anywhere else. */
  private static void assertInert(String page, String injectedHere) {
    try {
      String text = browser.driver().switchTo().alert().getText();
      fail(page + " opened a dialog: " + text);
    } catch (NoAlertPresentException expected) {
      // no script ran
    }
    assertEquals(List.of(), browser.script(injectedHere), page);
    assertEquals(List.of(), browser.script(INJECTED_ANYWHERE), page);
  }
}
