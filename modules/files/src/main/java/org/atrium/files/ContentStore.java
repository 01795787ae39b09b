package org.atrium.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.atrium.platform.error.TooLarge;

/**
 * The bytes of every file, stored once under their SHA-256 ({@code ab/cd/abcd…}) below the data
 * directory. An upload is written to a temporary file while it is hashed, forced to disk, then
 * moved into place in one step, so a stored content is always whole; identical uploads share it.
 * Nothing a client sends ever becomes part of a path.
 */
public final class ContentStore {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final int BUFFER = 64 * 1024;

  private final Path root;
  private final Path incoming;

  /** A content as stored: its hash and size. */
  public record Stored(String sha256, long size) {}

  public ContentStore(Path root) {
    this.root = root;
    this.incoming = root.resolve("incoming");
    try {
      Files.createDirectories(incoming);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the file store at " + root, e);
    }
  }

  /**
   * Stores {@code content}, reading it once; more than {@code maxBytes} is refused with {@link
   * TooLarge} and leaves nothing behind.
   */
  public Stored store(InputStream content, long maxBytes) {
    Path part = null;
    try {
      part = Files.createTempFile(incoming, "upload-", ".part");
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      long size = copy(content, part, digest, maxBytes);
      String sha256 = HexFormat.of().formatHex(digest.digest());
      place(part, path(sha256));
      return new Stored(sha256, size);
    } catch (IOException e) {
      throw new UncheckedIOException("the upload could not be stored", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    } finally {
      deleteQuietly(part);
    }
  }

  /** Where the content with hash {@code sha256} lives. */
  public Path path(String sha256) {
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  private static long copy(InputStream content, Path part, MessageDigest digest, long maxBytes)
      throws IOException {
    byte[] buffer = new byte[BUFFER];
    long size = 0;
    try (FileChannel out = FileChannel.open(part, StandardOpenOption.WRITE)) {
      for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
        size += n;
        if (size > maxBytes) {
          throw new TooLarge("a file may be at most " + maxBytes / (1024 * 1024) + " MB");
        }
        digest.update(buffer, 0, n);
        ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
        while (chunk.hasRemaining()) {
          out.write(chunk);
        }
      }
      out.force(true);
    }
    return size;
  }

  /**
   * Moves a complete upload to its place in one step and makes the move durable; when the same
   * content is already there, the upload is simply dropped.
   */
  private static void place(Path part, Path target) throws IOException {
    if (Files.exists(target)) {
      return;
    }
    Files.createDirectories(target.getParent());
    try {
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      return;
    }
    forceDirectory(target.getParent());
  }

  /** A rename survives a crash only once its directory is on disk too (POSIX). */
  private static void forceDirectory(Path directory) {
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      // some platforms cannot open a directory; the rename itself still happened
    }
  }

  private static void deleteQuietly(Path part) {
    if (part == null) {
      return;
    }
    try {
      Files.deleteIfExists(part);
    } catch (IOException e) {
      // a stray part file is harmless: nothing ever reads incoming/
    }
  }
}
