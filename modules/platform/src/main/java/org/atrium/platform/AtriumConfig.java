package org.atrium.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything an operator can set, read once at start-up. Each setting comes from a system property
 * ({@code atrium.db.url}) or, failing that, an environment variable ({@code ATRIUM_DB_URL}).
 *
 * @param demo demo mode: demo people sign in with the password {@code demo}; never on in production
 * @param maxUploadBytes the largest file a space accepts (50 MB unless set)
 */
public record AtriumConfig(
    int port,
    Path dataDir,
    String jdbcUrl,
    String jdbcUser,
    String jdbcPassword,
    boolean demo,
    int demoPeople,
    String issuer,
    Duration accessTokenTtl,
    Duration refreshTokenTtl,
    int loginAttemptsPerMinute,
    long maxBodyBytes,
    long maxImportBytes,
    long maxUploadBytes) {

  private static final Duration MAX_ACCESS_TOKEN_TTL = Duration.ofMinutes(15);

  public AtriumConfig {
    if (accessTokenTtl.compareTo(MAX_ACCESS_TOKEN_TTL) > 0) {
      throw new IllegalArgumentException("access tokens may live at most 15 minutes");
    }
  }

  /** Reads the configuration from system properties, then the environment, then defaults. */
  public static AtriumConfig load() {
    return from(key -> System.getProperty(key, System.getenv(envName(key))));
  }

  /**
   * Reads the configuration from {@code settings} (keys like {@code atrium.port}) over defaults.
   */
  public static AtriumConfig from(Map<String, String> settings) {
    return from(settings::get);
  }

  private static AtriumConfig from(Function<String, String> lookup) {
    Settings s = new Settings(lookup);
    Path dataDir = Path.of(s.get("atrium.data.dir", "data")).toAbsolutePath();
    String defaultUrl = "jdbc:h2:file:" + dataDir.resolve("atrium").toString().replace('\\', '/');
    return new AtriumConfig(
        s.integer("atrium.port", 8080),
        dataDir,
        h2Settings(s.get("atrium.db.url", defaultUrl)),
        s.get("atrium.db.user", "atrium"),
        s.get("atrium.db.password", ""),
        Boolean.parseBoolean(s.get("atrium.demo", "false")),
        s.integer("atrium.demo.people", 2000),
        s.get("atrium.jwt.issuer", "atrium"),
        Duration.ofSeconds(s.integer("atrium.jwt.access.seconds", 600)),
        Duration.ofDays(s.integer("atrium.jwt.refresh.days", 30)),
        s.integer("atrium.login.attempts.per.minute", 10),
        s.integer("atrium.http.max.body.bytes", 1 << 20),
        s.integer("atrium.http.max.import.bytes", 32 << 20),
        s.integer("atrium.files.max.bytes", 50 << 20));
  }

  /**
   * The settings Atrium needs from an H2 database, unless the URL sets them itself. H2 acknowledges
   * a commit before it reaches the disk unless told otherwise; an acknowledged write must survive
   * {@code kill -9}, so every commit is written through at once. H2 keeps the plans of only eight
   * statements per connection by default, fewer than a single page view runs.
   */
  static String h2Settings(String url) {
    if (!url.startsWith("jdbc:h2:")) {
      return url;
    }
    String upper = url.toUpperCase();
    StringBuilder tuned = new StringBuilder(url);
    if (!upper.contains("WRITE_DELAY")) {
      tuned.append(";WRITE_DELAY=0");
    }
    if (!upper.contains("QUERY_CACHE_SIZE")) {
      tuned.append(";QUERY_CACHE_SIZE=64");
    }
    return tuned.toString();
  }

  /** The environment variable that stands for a property: {@code atrium.db.url → ATRIUM_DB_URL}. */
  static String envName(String key) {
    return key.toUpperCase().replace('.', '_');
  }

  private record Settings(Function<String, String> lookup) {
    String get(String key, String fallback) {
      String value = lookup.apply(key);
      return value == null || value.isBlank() ? fallback : value.trim();
    }

    int integer(String key, int fallback) {
      String value = get(key, Integer.toString(fallback));
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(key + " must be a whole number, not '" + value + "'", e);
      }
    }
  }
}
