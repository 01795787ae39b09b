package org.atrium.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code atrium import} from the README: dry run, refusal of a bad file, then a real import. */
class ImportCliTest {

  private static final String HEADER =
      "username,email,display_name,title,business_unit,department,location,manager,skills\n";

  @Test
  @DisplayName("the import command checks, refuses bad files whole, and imports good ones")
  void importFromTheCommandLine() throws Exception {
    Path data = Files.createTempDirectory("atrium-cli");
    TestServer.at(data, Map.of()).close();
    Path good =
        Files.writeString(
            data.resolve("good.csv"),
            HEADER
                + "cli.person,cli.person@atrium.example,Cli Person,Analyst,Finance,,London,hr,Excel:3\n");
    Path bad =
        Files.writeString(
            data.resolve("bad.csv"),
            HEADER + "cli.other,not-an-email,,Analyst,Finance,,London,,\n");

    assertEquals(0, cli("import", good.toString(), "--dry-run", "--data", data.toString()));
    assertEquals(2, cli("import", bad.toString(), "--data", data.toString()));
    assertEquals(0, cli("import", good.toString(), "--data", data.toString()));

    TestServer server = TestServer.at(data, Map.of());
    try {
      Api api = server.api();
      String hr = api.login("hr", "demo").json().get("access_token").asText();
      assertEquals(
          "Analyst", api.get("/api/v1/people/cli.person", hr).json().get("title").asText());
      assertEquals(404, api.get("/api/v1/people/cli.other", hr).status());
    } finally {
      server.stop();
    }
  }

  private static int cli(String... args) {
    return new CommandLine(new Main()).execute(args);
  }
}
