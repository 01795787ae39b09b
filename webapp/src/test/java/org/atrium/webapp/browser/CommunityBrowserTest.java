package org.atrium.webapp.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.atrium.webapp.Api;
import org.atrium.webapp.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A question's life in a real browser: someone asks (and sees a similar question as they type the
 * title), a colleague answers, the asker accepts; with screenshots at desktop and phone widths.
 */
class CommunityBrowserTest {

  private static Api api;
  private static Browser browser;
  private static String askerName;
  private static String answererName;

  @BeforeAll
  static void start() throws Exception {
    TestServer server = TestServer.shared();
    api = server.api();
    String hr = api.token("hr");
    List<String> people = new ArrayList<>();
    api.get("/api/v1/people?business_unit=LEGAL&limit=6", hr)
        .json()
        .forEach(p -> people.add(p.get("username").asText()));
    askerName = people.get(4);
    answererName = people.get(5);
    assertEquals(
        201,
        api.post(
                "/api/v1/spaces",
                Map.of(
                    "slug",
                    "cb-help",
                    "name",
                    "Legal help",
                    "visibility",
                    "public",
                    "kind",
                    "community"),
                hr)
            .status());
    for (String member : List.of(askerName, answererName)) {
      api.put("/api/v1/spaces/cb-help/members/" + member, Map.of("role", "member"), hr);
    }
    api.put(
        "/api/v1/spaces/cb-help/community",
        Map.of("purpose", "Answers about contracts", "rules", "No client names"),
        hr);
    api.post(
        "/api/v1/spaces/cb-help/questions",
        Map.of("title", "Who signs supplier contracts?", "body", "", "tags", List.of()),
        api.token(answererName));
    browser = Browser.start(server.uri());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @DisplayName("ask (seeing a similar question), answer, accept")
  void askAnswerAccept() {
    browser.resize(Browser.DESKTOP);
    browser.signIn(askerName, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    browser.open("/spaces/cb-help/community");
    browser.find(By.id("purpose-heading"));
    browser.follow(By.cssSelector(".qa-home a.button.primary"));
    browser.type(By.id("title"), "Can I sign contracts for my team?");
    browser.find(By.cssSelector("#similar-list li a"));
    browser.until(
        d -> !d.findElement(By.id("similar-status")).getAttribute("textContent").isBlank());
    assertTrue(
        browser.find(By.id("similar-list")).getText().contains("Who signs supplier contracts?"));
    browser.screenshot("community-ask", Browser.DESKTOP);
    browser.type(By.id("body"), "Up to which **amount**?");
    browser.type(By.id("tags"), "contracts signing");
    browser.follow(By.cssSelector("form.qa-ask button[type=submit]"));
    assertEquals("Can I sign contracts for my team?", browser.heading());
    String question = browser.path();

    browser.signIn(answererName, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    browser.open(question);
    browser.type(By.id("answer-body"), "Up to 10,000 EUR; above that, ask *legal*.");
    browser.follow(By.cssSelector("form.qa-answer-form button[type=submit]"));
    browser.find(By.cssSelector(".qa-answer"));

    browser.signIn(askerName, Api.DEMO_PASSWORD);
    browser.awaitPath("/home");
    browser.open(question);
    browser.follow(By.cssSelector("button.qa-accept"));
    assertTrue(browser.find(By.cssSelector(".qa-mark-accepted")).isDisplayed());
    assertTrue(browser.find(By.cssSelector(".flash")).getText().contains("accepted"));
    browser.screenshot("community-question", Browser.DESKTOP);
    browser.resize(Browser.PHONE);
    browser.open(question);
    browser.find(By.cssSelector(".qa-mark-accepted"));
    assertFalse(browser.overflowsSideways(), "the question page fits a phone");
    browser.screenshot("community-question", Browser.PHONE);
  }
}
