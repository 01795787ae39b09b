package org.atrium.wiki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The three-way merge behind the conflict screen, and finding mentions in a page. */
class WikiMergeTest {

  @Test
  @DisplayName("changes to different lines both survive")
  void cleanMerge() {
    WikiMerge.Result merged = WikiMerge.merge("a\nb\nc\nd\n", "a\nB\nc\nd\n", "a\nb\nc\nD\nE\n", 4);
    assertTrue(merged.clean());
    assertEquals("a\nB\nc\nD\nE\n", merged.text());
  }

  @Test
  @DisplayName("the same change on both sides is taken once")
  void sameChange() {
    WikiMerge.Result merged = WikiMerge.merge("a\nb\n", "a\nX\n", "a\nX\n", 2);
    assertTrue(merged.clean());
    assertEquals("a\nX\n", merged.text());
  }

  @Test
  @DisplayName("different changes to the same lines keep both, between labelled markers")
  void conflict() {
    WikiMerge.Result merged = WikiMerge.merge("a\nb\nc\n", "a\nmine\nc\n", "a\ntheirs\nc\n", 7);
    assertFalse(merged.clean());
    assertEquals(1, merged.conflicts());
    assertEquals(
        "a\n<<<<<<< your version\nmine\n=======\ntheirs\n>>>>>>> revision 7\nc\n", merged.text());
  }

  @Test
  @DisplayName("from an empty page, two different texts conflict rather than interleave")
  void emptyBase() {
    WikiMerge.Result merged = WikiMerge.merge("", "x\n", "y\n", 2);
    assertEquals(1, merged.conflicts());
    assertTrue(merged.text().contains("x") && merged.text().contains("y"));
  }

  @Test
  @DisplayName("mentions outside code and links, once each, in lower case")
  void mentions() {
    assertEquals(
        Set.of("anna.berg", "bo"),
        WikiText.mentions(
            "Ask @Anna.Berg or @bo, not `@code` nor mail@example.com; [@link](/x) @anna.berg"));
  }
}
