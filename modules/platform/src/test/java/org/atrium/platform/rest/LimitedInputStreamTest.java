package org.atrium.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.atrium.platform.error.TooLarge;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The streamed half of the body limit, for bodies without a declared length (chunked uploads). The
 * declared-length half is tested over HTTP in the web application; a streamed 413 cannot be, as the
 * server closes the connection while the client is still sending.
 */
class LimitedInputStreamTest {

  @Test
  @DisplayName("a body up to the limit reads whole")
  void withinLimit() throws IOException {
    LimitedInputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[1024]), 1024);
    assertEquals(1024, in.readAllBytes().length);
  }

  @Test
  @DisplayName("one byte over the limit is a 413, byte-wise or in blocks")
  void overLimit() {
    assertThrows(
        TooLarge.class,
        () ->
            new LimitedInputStream(new ByteArrayInputStream(new byte[1025]), 1024).readAllBytes());
    assertThrows(
        TooLarge.class,
        () -> {
          LimitedInputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[3]), 2);
          while (in.read() >= 0) {
            // reading byte by byte must trip the limit too
          }
        });
  }
}
