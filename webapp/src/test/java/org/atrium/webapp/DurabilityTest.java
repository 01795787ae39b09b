package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An acknowledged write survives {@code kill -9}: the server runs in its own process, takes a
 * write, is killed without warning, and a restarted server still has the write.
 */
class DurabilityTest {

  @Test
  @DisplayName("a write acknowledged before kill -9 is there after a restart")
  void writeSurvivesKill() throws Exception {
    Path data = Files.createTempDirectory("atrium-durability");
    int port = ServerProcess.freePort();
    Process first = ServerProcess.serve(data, port);
    String about = "written at " + Instant.now();
    try {
      Api api = new Api(URI.create("http://localhost:" + port + "/"));
      String token = api.login("hr", "demo").json().get("access_token").asText();
      assertEquals(200, api.patch("/api/v1/people/hr", Map.of("about", about), token).status());
    } finally {
      first.destroyForcibly().waitFor();
    }
    Process second = ServerProcess.serve(data, port);
    try {
      Api api = new Api(URI.create("http://localhost:" + port + "/"));
      String token = api.login("hr", "demo").json().get("access_token").asText();
      assertEquals(about, api.get("/api/v1/me", token).json().get("about").asText());
    } finally {
      second.destroyForcibly().waitFor();
    }
  }
}
