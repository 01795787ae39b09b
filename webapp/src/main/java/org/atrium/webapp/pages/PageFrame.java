package org.atrium.webapp.pages;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.atrium.people.DirectoryService;
import org.atrium.people.Page;
import org.atrium.people.Person;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.rest.Callers;
import org.atrium.spaces.Space;
import org.atrium.spaces.SpaceService;
import org.atrium.stream.NotificationService;

/**
 * The frame around every signed-in page: the top bar with the notification badge, the rail with the
 * person's own spaces, and the message an action left for the page.
 */
public final class PageFrame {

  /** Spaces listed in the rail; the spaces page lists the rest. */
  static final int RAIL_SPACES = 8;

  @Inject private DirectoryService directory;
  @Inject private SpaceService spaces;
  @Inject private NotificationService notifications;
  @Inject private Templates templates;
  @Inject private Provider<ContainerRequestContext> request;

  /** A space in the rail; {@code current} when the page is that space or one of its pages. */
  record RailSpace(String name, String href, boolean current) {}

  /** A flash message; a {@code problem} is shown as an alert. */
  record FlashView(String text, boolean problem) {}

  /** The model of a page titled {@code title}, with {@code current} marked in the navigation. */
  Map<String, Object> page(String title, PageModel.Nav current) {
    return page(title, directory.me(caller()), current, null);
  }

  /** A page of the space {@code currentSpace}, which the rail marks. */
  Map<String, Object> page(String title, PageModel.Nav current, String currentSpace) {
    return page(title, directory.me(caller()), current, currentSpace);
  }

  Map<String, Object> page(String title, Person me, PageModel.Nav current) {
    return page(title, me, current, null);
  }

  /** As {@link #page(String, Person, PageModel.Nav)}, with {@code currentSpace} marked. */
  Map<String, Object> page(String title, Person me, PageModel.Nav current, String currentSpace) {
    Caller caller = caller();
    Map<String, Object> model =
        PageModel.signedIn(title, me, Callers.csrfToken(request.get()).orElse(null), current);
    Page<Space> mine = spaces.list(caller, true, null, null, RAIL_SPACES);
    List<RailSpace> rail =
        mine.items().stream()
            .map(s -> new RailSpace(s.name(), Links.space(s.slug()), s.slug().equals(currentSpace)))
            .toList();
    model.put("railSpaces", rail);
    model.put("hasRailSpaces", !rail.isEmpty());
    model.put("moreSpaces", mine.nextCursor() != null);
    model.put("badge", Badge.of(notifications.unreadCount(caller), templates));
    return model;
  }

  /** Adds the message of {@code code}, when it is a known flash code. */
  void flash(Map<String, Object> model, String code) {
    Flash.of(code)
        .ifPresent(f -> model.put("flash", new FlashView(templates.text(f.key()), f.problem())));
  }

  private Caller caller() {
    return Callers.of(request.get()).orElseThrow();
  }
}
