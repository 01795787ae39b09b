package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The pages' rules over plain HTTP: who sees what, forms and their tokens, safe output. */
class PagesTest {

  private static final Pattern NEXT = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"");

  private static Api api;
  private static String employee;
  private static String cookie;

  @BeforeAll
  static void start() {
    api = TestServer.shared().api();
    String hr = api.token("hr");
    employee =
        api.get("/api/v1/people?business_unit=FIN&limit=1", hr)
            .json()
            .get(0)
            .get("username")
            .asText();
    cookie = signIn(employee);
  }

  @Test
  @DisplayName("a page without a session sends the browser to sign in and back")
  void signInFirst() {
    Api.Reply reply = page("/people/" + employee, null);
    assertEquals(303, reply.status());
    assertTrue(reply.header("Location").endsWith("/login?next=%2Fpeople%2F" + employee));
  }

  @Test
  @DisplayName("pages are UTF-8 HTML with one h1 and the person's name in the top bar")
  void frame() {
    Api.Reply reply = page("/people", cookie);
    assertEquals(200, reply.status());
    assertEquals("text/html;charset=utf-8", reply.contentType().replace(" ", "").toLowerCase());
    assertEquals(1, count(reply.body(), "<h1"));
    assertTrue(reply.body().contains("aria-current=\"page\""));
    String name =
        api.get("/api/v1/people/" + employee, api.token("hr")).json().get("display_name").asText();
    assertTrue(reply.body().contains("class=\"me-name\">" + name + "<"), "name in the top bar");
  }

  @Test
  @DisplayName(
      "a guest gets the error page for the directory; home is their first space or profile")
  void guest() {
    String partner = signIn("partner");
    Api.Reply directory = page("/people", partner);
    assertEquals(403, directory.status());
    assertFalse(directory.body().contains("role=\"search\""), "no search box for guests");
    Api.Reply home = page("/", partner);
    assertEquals(303, home.status());
    JsonNode spaces = api.get("/api/v1/spaces?member=me", api.token("partner")).json();
    String start =
        spaces.isEmpty() ? "/people/partner" : "/spaces/" + spaces.get(0).get("slug").asText();
    assertTrue(home.header("Location").endsWith(start), home.header("Location"));
  }

  @Test
  @DisplayName("unknown people are a 404 page; someone else's edit form is a 403")
  void notFoundAndForbidden() {
    Api.Reply missing = page("/people/no.such.person", cookie);
    assertEquals(404, missing.status());
    assertTrue(missing.body().contains("not visible to you"));
    assertEquals(403, page("/people/hr/edit", cookie).status());
  }

  @Test
  @DisplayName("an endorsement without the form token is refused")
  void endorseNeedsToken() {
    Api.Reply reply =
        api.send(
            api.request("/people/hr/skills/Recruiting/endorse", null)
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=wrong")));
    assertEquals(403, reply.status());
  }

  @Test
  @DisplayName("what people type is escaped, and the next page keeps the filters")
  void escapingAndPaging() {
    String typed = "<script>{x}</script>";
    Api.Reply search = page("/people?q=" + Api.encode(typed), cookie);
    assertEquals(200, search.status());
    assertFalse(search.body().contains(typed), "typed markup is escaped");
    assertTrue(search.body().contains("No one matches"));

    Api.Reply first = page("/people?business_unit=ENG", cookie);
    Matcher next = NEXT.matcher(first.body());
    assertTrue(next.find(), "Engineering has more than one page");
    String href = next.group(1).replace("&amp;", "&").replace("&#61;", "=");
    assertTrue(href.contains("business_unit=ENG") && href.contains("cursor="), href);
    Api.Reply second = page(href, cookie);
    assertEquals(200, second.status());
    assertTrue(second.body().contains("First page"));
  }

  private static Api.Reply page(String path, String session) {
    HttpRequest.Builder request = api.request(path, null).GET();
    if (session != null) {
      request.header("Cookie", session);
    }
    return api.send(request);
  }

  /** Signs in through the sign-in form and returns the session cookie. */
  private static String signIn(String login) {
    Api.Reply reply =
        api.send(
            api.request("/login", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "login=" + Api.encode(login) + "&password=" + Api.DEMO_PASSWORD)));
    assertEquals(303, reply.status(), reply.body());
    String cookie = reply.header("Set-Cookie");
    return cookie.substring(0, cookie.indexOf(';'));
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
