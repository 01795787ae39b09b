package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Well-known XSS payloads, posted for real: the HTML Atrium stores and serves for them contains
 * only allow-listed tags and attributes, no event handlers and no script URLs.
 */
class XssTest {

  private static final Set<String> ALLOWED_TAGS =
      Set.of("p", "br", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a");
  private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "class", "rel");
  private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-:]+)\\s*=\\s*\"([^\"]*)\"");

  /** Absolute http(s) and mail links, local paths, or nothing (a neutralised script URL). */
  private static final Pattern SAFE_URL = Pattern.compile("^((https?:|mailto:|/|#)[^\\s]*)?$");

  private static Api api;
  private static String token;
  private static List<String> payloads;

  @BeforeAll
  static void start() throws IOException {
    api = TestServer.shared().api();
    token =
        api.token(
            PeopleApiTest.usernames(
                    api.get("/api/v1/people?business_unit=MKT&limit=5", api.token("hr")).json())
                .get(4));
    try (InputStream in = XssTest.class.getResourceAsStream("/xss-payloads.txt")) {
      payloads =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.isBlank())
              .toList();
    }
  }

  @Test
  @DisplayName("at least 100 payloads are stored as inert HTML")
  void statusesAreInert() {
    assertTrue(payloads.size() >= 100, "the payload list has " + payloads.size());
    List<String> unsafe = new ArrayList<>();
    for (String payload : payloads) {
      Api.Reply posted = api.post("/api/v1/statuses", Map.of("status", payload), token);
      assertEquals(201, posted.status(), payload + " → " + posted.body());
      String id = posted.json().get("id").asText();
      String served = api.get("/api/v1/statuses/" + id, token).json().get("content").asText();
      problems(served).forEach(p -> unsafe.add(payload + " → " + p + " in " + served));
      assertEquals(
          payload,
          api.get("/api/v1/statuses/" + id, token).json().get("text").asText(),
          "the source is kept");
    }
    assertEquals(List.of(), unsafe);
  }

  @Test
  @DisplayName("the inspector itself catches an unsafe fragment")
  void inspectorCatchesUnsafeHtml() {
    assertFalse(problems("<a href=\"javascript:alert(1)\">x</a>").isEmpty());
    assertFalse(problems("<img src=x>").isEmpty());
    assertFalse(problems("<p onclick=\"alert(1)\">x</p>").isEmpty());
    assertEquals(
        0, problems("<p><a href=\"https://example.com\" rel=\"nofollow\">x</a></p>").size());
  }

  static List<String> problems(String html) {
    return problems(html, ALLOWED_TAGS, ALLOWED_ATTRIBUTES);
  }

  /**
   * What is unsafe in {@code html}: tags and attributes outside the allowed ones, event handlers,
   * and links or image sources other than safe URLs.
   */
  static List<String> problems(
      String html, Set<String> allowedTags, Set<String> allowedAttributes) {
    List<String> problems = new ArrayList<>();
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      String name = tag.group(1).toLowerCase();
      if (!allowedTags.contains(name)) {
        problems.add("tag <" + name + ">");
      }
      String attributes = tag.group(2);
      if (attributes.toLowerCase().matches("(?s).*\\bon[a-z]+\\s*=.*")) {
        problems.add("event handler in <" + name + attributes + ">");
      }
      Matcher attribute = ATTRIBUTE.matcher(attributes);
      while (attribute.find()) {
        String attributeName = attribute.group(1).toLowerCase();
        if (!allowedAttributes.contains(attributeName)) {
          problems.add("attribute " + attributeName);
        } else if ((attributeName.equals("href") || attributeName.equals("src"))
            && !SAFE_URL.matcher(attribute.group(2)).matches()) {
          problems.add(attributeName + " " + attribute.group(2));
        }
      }
    }
    return problems;
  }
}
