package org.atrium.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * What a file is, decided by its bytes, and whether a browser may show it inline. The name only
 * refines what the bytes say (a text file named {@code .csv} is CSV); it never overrules them, so
 * HTML named {@code photo.jpg} is HTML. Only types a browser displays without running anything are
 * ever inline.
 */
public final class FileTypes {

  private static final Set<String> INLINE =
      Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "text/plain");

  /** Tika's detectors, loaded on first use rather than while the server starts. */
  private static final class Detectors {
    static final Detector ALL = TikaConfig.getDefaultConfig().getDetector();
  }

  /** The media type of the stored content at {@code path}, without parameters. */
  public String detect(Path path, String name) {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    try (TikaInputStream in = TikaInputStream.get(path)) {
      return Detectors.ALL.detect(in, metadata).getBaseType().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("the type of a stored file could not be read", e);
    }
  }

  /** Whether {@code contentType} may be shown in the browser rather than downloaded. */
  public static boolean inline(String contentType) {
    return INLINE.contains(contentType);
  }
}
