package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Outside demo mode nobody has a default password: the demo accounts of a database that began as a
 * demo cannot sign in, and the first administrator is created from the command line.
 */
class NonDemoModeTest {

  @Test
  @DisplayName("demo passwords stop outside demo mode; add-admin creates a working administrator")
  void noDefaultPasswordOutsideDemoMode() throws Exception {
    Path data = Files.createTempDirectory("atrium-nondemo");
    TestServer demo = TestServer.at(data, Map.of());
    assertEquals(200, demo.api().login("hr", "demo").status());
    demo.close();

    assertEquals(
        0,
        cli(
            "add-admin",
            "ops.admin",
            "--email",
            "ops@atrium.example",
            "--name",
            "Ops Admin",
            "--data",
            data.toString()));

    TestServer production = TestServer.at(data, Map.of("atrium.demo", "false"));
    try {
      Api api = production.api();
      assertEquals(401, api.login("hr", "demo").status());
      assertEquals(401, api.login("admin", "demo").status());
      Api.Reply login = api.login("ops.admin", "a long enough secret");
      assertEquals(200, login.status(), login.body());
      String token = login.json().get("access_token").asText();
      assertEquals("admin", api.get("/api/v1/me", token).json().get("role").asText());
    } finally {
      production.stop();
    }
  }

  private static int cli(String... args) {
    InputStream stdin = System.in;
    System.setIn(
        new ByteArrayInputStream("a long enough secret\n".getBytes(StandardCharsets.UTF_8)));
    try {
      return new CommandLine(new Main()).execute(args);
    } finally {
      System.setIn(stdin);
    }
  }
}
