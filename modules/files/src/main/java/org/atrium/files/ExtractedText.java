package org.atrium.files;

/** The text found in a file, and how far extraction got. */
public record ExtractedText(Outcome outcome, String text) {

  /** How extraction ended. */
  public enum Outcome {
    /** All of the text. */
    EXTRACTED,
    /** The first {@link TextExtractor#MAX_CHARS} characters; the rest was not read. */
    TRUNCATED,
    /** Not a kind of file with text worth indexing (images, audio, video). */
    SKIPPED,
    /** The parser gave up (a damaged file, a suspected zip bomb); what it found before is kept. */
    FAILED,
    /** The parser took longer than allowed and was abandoned. */
    TIMED_OUT
  }
}
