package org.atrium.webapp.pages;

import java.util.HashMap;
import java.util.Map;
import org.atrium.platform.auth.Caller;

/** The model every page starts from: its title, who is signed in, and the form token. */
final class PageModel {

  private PageModel() {}

  static Map<String, Object> of(String title, Caller caller, String csrf) {
    Map<String, Object> model = new HashMap<>();
    model.put("pageTitle", title);
    if (caller != null) {
      model.put(
          "me",
          Map.of("username", caller.username(), "initials", Avatars.initials(caller.username())));
      model.put("signedIn", true);
    }
    model.put("csrf", csrf);
    return model;
  }
}
