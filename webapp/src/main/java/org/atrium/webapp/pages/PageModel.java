package org.atrium.webapp.pages;

import java.util.HashMap;
import java.util.Map;
import org.atrium.people.Person;
import org.atrium.platform.auth.Role;

/** The model every page starts from: its title, who is signed in, and the form token. */
final class PageModel {

  /** The navigation items a page can be the current one of. */
  enum Nav {
    HOME("home"),
    PEOPLE("people"),
    SPACES("spaces"),
    NOTIFICATIONS("notifications"),
    MY_PROFILE("me"),
    NONE("none");

    private final String key;

    Nav(String key) {
      this.key = key;
    }
  }

  private PageModel() {}

  /** A page for someone not signed in: no top bar menu and no navigation. */
  static Map<String, Object> of(String title) {
    Map<String, Object> model = new HashMap<>();
    model.put("pageTitle", title);
    return model;
  }

  /**
   * A page for {@code me}, whose forms carry {@code csrf}; {@code current} is marked in the nav.
   */
  static Map<String, Object> signedIn(String title, Person me, String csrf, Nav current) {
    Map<String, Object> model = of(title);
    model.put("signedIn", true);
    model.put("me", PersonView.of(me));
    model.put("guest", me.role() == Role.GUEST);
    model.put("csrf", csrf);
    model.put("nav", Map.of(current.key, true));
    return model;
  }
}
