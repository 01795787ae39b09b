package org.atrium.files;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Small PNG previews of images, at most {@link #SIZE} pixels on a side, made once per content and
 * kept beside it. An image's dimensions are read from its header before anything is decoded: one
 * claiming more than {@link #MAX_PIXELS} gets no thumbnail, and others are decoded subsampled, so
 * neither a huge image nor a small file claiming to be one can exhaust memory.
 */
public final class Thumbnails {

  public static final int SIZE = 256;
  static final long MAX_PIXELS = 100_000_000L;
  private static final Set<String> DECODABLE =
      Set.of("image/png", "image/jpeg", "image/gif", "image/bmp");

  private final Path cache;

  public Thumbnails(Path cache) {
    this.cache = cache;
    try {
      Files.createDirectories(cache);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the thumbnail cache at " + cache, e);
    }
  }

  public static boolean supports(String contentType) {
    return DECODABLE.contains(contentType);
  }

  /** The thumbnail of the content at {@code source}; empty when it has none. */
  public Optional<Path> of(Path source, String sha256, String contentType) {
    if (!supports(contentType)) {
      return Optional.empty();
    }
    Path thumbnail = cache.resolve(sha256 + "-" + SIZE + ".png");
    if (Files.exists(thumbnail)) {
      return Optional.of(thumbnail);
    }
    try {
      Optional<BufferedImage> image = decode(source);
      if (image.isEmpty()) {
        return Optional.empty();
      }
      Path part = Files.createTempFile(cache, "thumb-", ".part");
      try {
        ImageIO.write(scaled(image.get()), "png", part.toFile());
        Files.move(part, thumbnail, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(part);
      }
      return Optional.of(thumbnail);
    } catch (IOException | RuntimeException e) {
      // a damaged image simply has no thumbnail
      return Optional.empty();
    }
  }

  private static Optional<BufferedImage> decode(Path source) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width < 1 || height < 1 || width * height > MAX_PIXELS) {
          return Optional.empty();
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.max(1, Math.max(width, height) / (2L * SIZE));
        param.setSourceSubsampling(step, step, 0, 0);
        return Optional.of(reader.read(0, param));
      } finally {
        reader.dispose();
      }
    }
  }

  private static BufferedImage scaled(BufferedImage image) {
    double scale = Math.min(1.0, (double) SIZE / Math.max(image.getWidth(), image.getHeight()));
    int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
    int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
    BufferedImage thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = thumbnail.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(image, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return thumbnail;
  }
}
