package org.atrium.webapp.pages;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The message a page shows once after an action sent the browser to it. Only these codes travel in
 * the {@code flash} parameter, so a crafted link cannot put words of its own on a page.
 */
enum Flash {
  ENDORSED,
  WITHDRAWN,
  SAVED,
  POSTED,
  REPLIED,
  LIKED,
  UNLIKED,
  DELETED,
  FOLLOWED,
  UNFOLLOWED,
  TAG_FOLLOWED,
  TAG_UNFOLLOWED,
  SPACE_CREATED,
  SPACE_SAVED,
  ARCHIVED,
  JOINED,
  LEFT,
  MEMBER_SAVED,
  MEMBER_REMOVED,
  FILE_UPLOADED,
  FILE_DELETED,
  /** An action refused because the space would be left without an owner. */
  LAST_OWNER(true),
  DISMISSED,
  CLEARED,
  PAGE_CREATED,
  PAGE_SAVED,
  PAGE_DELETED,
  PAGE_UNDELETED,
  PAGE_RESTORED,
  PAGE_WATCHED,
  PAGE_UNWATCHED,
  WIKI_WATCHED,
  WIKI_UNWATCHED,
  ASKED,
  ANSWERED,
  VOTED,
  ACCEPTED,
  VERIFIED,
  DECLINED;

  private final boolean problem;

  Flash() {
    this(false);
  }

  Flash(boolean problem) {
    this.problem = problem;
  }

  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  String key() {
    return "flash_" + code();
  }

  /** Whether the message says an action did not happen, shown as an alert rather than news. */
  boolean problem() {
    return problem;
  }

  static Optional<Flash> of(String code) {
    return Arrays.stream(values()).filter(flash -> flash.code().equals(code)).findFirst();
  }
}
