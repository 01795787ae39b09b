package org.atrium.webapp.pages;

import java.util.Map;
import org.atrium.platform.auth.Caller;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.Space;

/**
 * The header of a space's pages: its name and description, and tabs to its posts, files and
 * members.
 */
final class SpaceHead {

  static final String MEMBERS = "members";
  static final String SETTINGS = "settings";

  /** The tab a space page is. */
  enum Tab {
    STREAM("onStream"),
    MEMBERS("onMembers"),
    FILES("onFiles"),
    SETTINGS("onSettings");

    private final String flag;

    Tab(String flag) {
      this.flag = flag;
    }
  }

  private SpaceHead() {}

  static void put(Map<String, Object> model, Caller viewer, Space space, Tab tab, Templates t) {
    model.put("space", SpaceView.of(space, t));
    model.put("membersHref", Links.space(space.slug(), MEMBERS));
    model.put("filesHref", Links.space(space.slug(), FilesPage.FILES));
    if (AccessPolicy.canManage(viewer, space)) {
      model.put("settingsHref", Links.space(space.slug(), SETTINGS));
    }
    model.put(tab.flag, true);
  }
}
