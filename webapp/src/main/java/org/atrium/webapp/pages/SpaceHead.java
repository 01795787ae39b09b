package org.atrium.webapp.pages;

import java.util.Map;
import org.atrium.platform.auth.Caller;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceKind;

/**
 * The header of a space's pages: its name and description, and tabs to its posts, wiki, files,
 * questions (in communities) and members.
 */
final class SpaceHead {

  static final String MEMBERS = "members";
  static final String SETTINGS = "settings";
  static final String COMMUNITY = "community";

  /** The tab a space page is. */
  enum Tab {
    STREAM("onStream"),
    MEMBERS("onMembers"),
    SETTINGS("onSettings"),
    WIKI("onWiki"),
    QA("onQa"),
    FILES("onFiles");

    private final String flag;

    Tab(String flag) {
      this.flag = flag;
    }
  }

  private SpaceHead() {}

  static void put(Map<String, Object> model, Caller viewer, Space space, Tab tab, Templates t) {
    model.put("space", SpaceView.of(space, t));
    model.put("membersHref", Links.space(space.slug(), MEMBERS));
    if (AccessPolicy.canRead(viewer, space)) {
      model.put("wikiHref", Links.wiki(space.slug()));
      model.put("filesHref", Links.space(space.slug(), FilesPage.FILES));
    }
    if (space.kind() == SpaceKind.COMMUNITY) {
      model.put("communityHref", Links.space(space.slug(), COMMUNITY));
    }
    if (AccessPolicy.canManage(viewer, space)) {
      model.put("settingsHref", Links.space(space.slug(), SETTINGS));
    }
    model.put(tab.flag, true);
  }
}
