package org.atrium.webapp.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Deque;
import org.atrium.webapp.Api;
import org.atrium.webapp.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Two people edit the same wiki page in two browsers: the second save meets the conflict screen,
 * with their text still in the editor and a merge of both, and saving from there loses nothing.
 */
class WikiBrowserTest {

  private static Api api;
  private static StreamFixtures fixtures;
  private static Deque<String> people;

  @BeforeAll
  static void start() {
    api = TestServer.shared().api();
    fixtures = new StreamFixtures(api);
    people = fixtures.people("FIN", 8, 2);
  }

  @Test
  @DisplayName("edit a page in two sessions: the second save shows the conflict screen")
  void conflictAcrossSessions() throws Exception {
    String first = people.pop();
    String second = people.pop();
    String slug = fixtures.space(first, fixtures.slug("wiki"), "Handbook", "private");
    fixtures.addMember(first, slug, second);
    Api.Reply created =
        api.send(
            api.request("/api/v1/spaces/" + slug + "/pages/handbook", api.token(first))
                .header("Content-Type", "application/json")
                .header("If-None-Match", "*")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"title\":\"Handbook\",\"body\":\"Intro\\n\\nRules\\n\\nContacts\\n\"}")));
    assertEquals(201, created.status(), created.body());
    String edit = "/spaces/" + slug + "/pages/handbook/edit";

    try (Browser one = Browser.start(TestServer.shared().uri());
        Browser two = Browser.start(TestServer.shared().uri())) {
      one.resize(Browser.DESKTOP);
      two.resize(Browser.DESKTOP);
      one.signIn(first, Api.DEMO_PASSWORD);
      one.awaitPath("/home");
      two.signIn(second, Api.DEMO_PASSWORD);
      two.awaitPath("/home");
      one.open(edit);
      two.open(edit);

      one.type(By.id("body"), "Welcome\n\nRules\n\nContacts\n");
      one.type(By.id("comment"), "friendlier");
      one.follow(By.cssSelector(".wiki-editor button[value=save]"));
      assertEquals("Your changes are saved.", one.find(By.cssSelector("[role=status]")).getText());

      String mine = "Intro\n\nRules\n\nContacts: ask @" + first + "\n";
      two.type(By.id("body"), mine);
      two.follow(By.cssSelector(".wiki-editor button[value=save]"));
      assertTrue(two.find(By.id("conflict-heading")).getText().contains("while you were editing"));
      assertEquals(mine, two.find(By.id("body")).getAttribute("value"), "your text is kept");
      assertEquals(
          "2",
          two.driver()
              .findElement(By.cssSelector(".wiki-editor input[name=base]"))
              .getAttribute("value"),
          "the next save is based on the current revision");
      String merged = two.find(By.cssSelector(".conflict pre[aria-labelledby]")).getText();
      assertTrue(merged.contains("Welcome") && merged.contains("Contacts: ask"), merged);
      assertFalse(two.overflowsSideways());
      two.screenshot("wiki-conflict", Browser.DESKTOP);
      two.resize(Browser.PHONE);
      assertFalse(two.overflowsSideways(), "the conflict screen scrolls sideways on a phone");
      two.screenshot("wiki-conflict", Browser.PHONE);
      two.resize(Browser.DESKTOP);

      two.follow(By.cssSelector(".conflict button[value=save]"));
      assertEquals("Your changes are saved.", two.find(By.cssSelector("[role=status]")).getText());
      String page = two.find(By.cssSelector(".wiki-content")).getText();
      assertTrue(page.contains("Welcome") && page.contains("Contacts: ask"), page);
      two.screenshot("wiki-page", Browser.DESKTOP);
    }
    assertEquals(
        3,
        api.get("/api/v1/spaces/" + slug + "/pages/handbook", api.token(first))
            .json()
            .get("revision")
            .asInt());
    assertTrue(
        api.get("/api/v1/spaces/" + slug + "/pages/handbook/revisions", api.token(first))
            .body()
            .contains("friendlier"));
  }
}
