package org.atrium.files.rest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.glassfish.jersey.media.multipart.FormDataContentDisposition;

/**
 * The file name of a multipart part as its sender meant it. Browsers send names as raw UTF-8 (the
 * HTML standard's form encoding), while the multipart reader decodes header bytes as ISO-8859-1;
 * such a name is decoded again as UTF-8 when its bytes are valid UTF-8, and kept as read otherwise.
 */
public final class MultipartNames {

  private MultipartNames() {}

  /** The part's file name; null when the part has none. */
  public static String of(FormDataContentDisposition part) {
    return part == null ? null : utf8(part.getFileName());
  }

  static String utf8(String read) {
    if (read == null
        || read.chars().allMatch(c -> c < 0x80)
        || read.chars().anyMatch(c -> c > 0xff)) {
      return read;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(read.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException e) {
      return read;
    }
  }
}
