package org.atrium.webapp.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.atrium.webapp.Api;

/**
 * People, spaces and posts for the stream pages' browser tests, made through the API. Slugs carry a
 * per-run suffix, as the test server is shared by every test class of the JVM.
 */
final class StreamFixtures {

  private static final List<String> SPECIAL_ACCOUNTS = List.of("admin", "hr", "partner");

  private final Api api;
  private final String hr;
  private final String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

  StreamFixtures(Api api) {
    this.api = api;
    this.hr = api.token("hr");
  }

  /** Demo employees of {@code unit}, each to sign in at most once: sign-ins are rate-limited. */
  Deque<String> people(String unit, int count) {
    return people(unit, 0, count);
  }

  /**
   * As {@link #people(String, int)}, after the first {@code skip}: test classes sharing a unit take
   * different people, so no one signs in more often than the limit allows.
   */
  Deque<String> people(String unit, int skip, int count) {
    Deque<String> people = new ArrayDeque<>();
    api.get("/api/v1/people?business_unit=" + unit + "&limit=50", hr)
        .json()
        .forEach(p -> people.add(p.get("username").asText()));
    people.removeIf(SPECIAL_ACCOUNTS::contains);
    for (int i = 0; i < skip; i++) {
      people.removeFirst();
    }
    while (people.size() > count) {
      people.removeLast();
    }
    assertEquals(count, people.size(), "people in " + unit);
    return people;
  }

  String token(String username) {
    return api.token(username);
  }

  /** A unique slug starting with {@code prefix}. */
  String slug(String prefix) {
    return prefix + "-" + suffix;
  }

  /** Creates a space owned by {@code owner} and returns its slug. */
  String space(String owner, String slug, String name, String visibility) {
    return space(owner, slug, name, visibility, null);
  }

  String space(String owner, String slug, String name, String visibility, String description) {
    Map<String, String> body = new HashMap<>();
    body.put("slug", slug);
    body.put("name", name);
    body.put("visibility", visibility);
    if (description != null) {
      body.put("description", description);
    }
    Api.Reply created = api.post("/api/v1/spaces", body, token(owner));
    assertEquals(201, created.status(), created.body());
    return slug;
  }

  void addMember(String owner, String slug, String username) {
    Api.Reply added =
        api.put(
            "/api/v1/spaces/" + slug + "/members/" + username,
            Map.of("role", "member"),
            token(owner));
    assertEquals(200, added.status(), added.body());
  }

  /** Posts {@code text} as {@code author}, into {@code space} when not null; returns the id. */
  String post(String author, String text, String space) {
    Map<String, String> body = new HashMap<>();
    body.put("status", text);
    if (space != null) {
      body.put("space", space);
    }
    return created(api.post("/api/v1/statuses", body, token(author)));
  }

  String reply(String author, String text, String inReplyTo) {
    return created(
        api.post(
            "/api/v1/statuses",
            Map.of("status", text, "in_reply_to_id", inReplyTo),
            token(author)));
  }

  void follow(String follower, String username) {
    assertEquals(
        200,
        api.post("/api/v1/people/" + username + "/follow", Map.of(), token(follower)).status());
  }

  void like(String liker, String statusId) {
    assertEquals(
        200,
        api.post("/api/v1/statuses/" + statusId + "/favourite", Map.of(), token(liker)).status());
  }

  /** Waits until {@code username} has {@code count} notifications: the outbox makes them. */
  void awaitNotifications(String username, int count) {
    long deadline = System.currentTimeMillis() + 10_000;
    while (api.get("/api/v1/notifications/unread_count", token(username))
            .json()
            .get("count")
            .asInt()
        < count) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(username + " did not get " + count + " notifications");
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static String created(Api.Reply reply) {
    assertEquals(201, reply.status(), reply.body());
    return reply.json().get("id").asText();
  }
}
