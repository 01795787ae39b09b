package org.atrium.bench.wiki;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.atrium.bench.load.Client;
import org.atrium.bench.load.HttpConnection;
import org.atrium.bench.load.Workload;

/** The wiki's measured requests: reading pages, saving pages, and diffing two revisions. */
final class WikiWorkloads {

  private static final ObjectMapper JSON = new ObjectMapper();

  private WikiWorkloads() {}

  /** Each client GETs {@code paths} in turn, from its own starting point, with its own token. */
  static Workload gets(String name, int port, List<String> tokens, List<String> paths) {
    return Workload.of(
        name,
        index -> {
          HttpConnection connection = new HttpConnection("127.0.0.1", port);
          String token = tokens.get(index % tokens.size());
          return new Client() {
            private int next = index * 7919;

            @Override
            public void call() throws IOException {
              String path = paths.get(Math.floorMod(next++, paths.size()));
              HttpConnection.Response response = connection.get(path, token);
              if (response.status() != 200) {
                throw new IOException("GET " + path + " answered " + response.status());
              }
            }

            @Override
            public void close() {
              connection.close();
            }
          };
        });
  }

  /**
   * Each client saves a page of its own over and over, based on the revision its last save made (so
   * no save is stale), changing one of its lines each time.
   */
  static Workload saves(int port, List<String> tokens, List<String> spaces) {
    return Workload.of(
        "PUT /api/v1/spaces/{slug}/pages/{page} (If-Match)",
        index -> {
          HttpConnection connection = new HttpConnection("127.0.0.1", port);
          String token = tokens.get(index % tokens.size());
          String path =
              "/api/v1/spaces/"
                  + spaces.get(index % spaces.size())
                  + "/pages/"
                  + WikiDataset.savePage(index);
          int current = JSON.readTree(connection.get(path, token).body()).get("revision").asInt();
          return new Client() {
            private final SplittableRandom random = new SplittableRandom(index);
            private int revision = current;

            @Override
            public void call() throws IOException {
              HttpConnection.Response response =
                  connection.putJson(path, token, "If-Match", "\"" + revision + "\"", body());
              if (response.status() != 200) {
                throw new IOException("PUT " + path + " answered " + response.status());
              }
              revision++;
            }

            private String body() throws JsonProcessingException {
              StringBuilder text = new StringBuilder();
              for (int line = 0; line < 30; line++) {
                text.append(WikiDataset.sentence(random)).append('\n');
              }
              return JSON.writeValueAsString(
                  Map.of("title", "Saved " + index, "body", text.toString(), "comment", "bench"));
            }

            @Override
            public void close() {
              connection.close();
            }
          };
        });
  }
}
