package org.atrium.files;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Extracts the text of a stored file with Apache Tika, within bounds a hostile file cannot push: at
 * most {@link #MAX_CHARS} characters, at most {@code timeout} of parsing, and no descent into
 * embedded documents (a zip bomb yields its entry names, not its inflated content). Tika's own
 * guard against high compression ratios stays on. Parsing runs on its own thread, so an abandoned
 * parse never holds up the caller; its threads are daemons and end when idle.
 */
public final class TextExtractor {

  public static final int MAX_CHARS = 100_000;

  /** Tika's parsers, loaded on first use rather than while the server starts. */
  private static final class Parsers {
    static final Parser ALL = new AutoDetectParser();
  }

  private final Duration timeout;
  private final ExecutorService workers =
      Executors.newCachedThreadPool(
          Thread.ofPlatform().name("file-text-", 0).daemon(true).factory());

  public TextExtractor(Duration timeout) {
    this.timeout = timeout;
  }

  public ExtractedText extract(Path path, String contentType) {
    if (contentType.startsWith("image/")
        || contentType.startsWith("audio/")
        || contentType.startsWith("video/")) {
      return new ExtractedText(ExtractedText.Outcome.SKIPPED, "");
    }
    Future<ExtractedText> parse = workers.submit(() -> parse(path, contentType));
    try {
      return parse.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      parse.cancel(true);
      return new ExtractedText(ExtractedText.Outcome.TIMED_OUT, "");
    } catch (ExecutionException e) {
      return new ExtractedText(ExtractedText.Outcome.FAILED, "");
    } catch (InterruptedException e) {
      parse.cancel(true);
      Thread.currentThread().interrupt();
      return new ExtractedText(ExtractedText.Outcome.TIMED_OUT, "");
    }
  }

  private ExtractedText parse(Path path, String contentType) {
    BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
    Metadata metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, contentType);
    try (TikaInputStream in = TikaInputStream.get(path)) {
      // a fresh context names no parser for embedded documents, so none are parsed
      Parsers.ALL.parse(in, handler, metadata, new ParseContext());
      return new ExtractedText(ExtractedText.Outcome.EXTRACTED, clean(handler.toString()));
    } catch (Exception e) {
      ExtractedText.Outcome outcome =
          WriteLimitReachedException.isWriteLimitReached(e)
              ? ExtractedText.Outcome.TRUNCATED
              : ExtractedText.Outcome.FAILED;
      return new ExtractedText(outcome, clean(handler.toString()));
    }
  }

  /** Keeps the text storable and readable: no control characters but tabs and line breaks. */
  static String clean(String text) {
    String kept = text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", " ").strip();
    if (kept.length() <= MAX_CHARS) {
      return kept;
    }
    int end = Character.isHighSurrogate(kept.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    return kept.substring(0, end);
  }
}
