package org.atrium.webapp.pages;

import org.atrium.stream.NotificationService;

/**
 * The unread count on the bell in the top bar. The count stops at {@link
 * NotificationService#MAX_LIMIT}, so the badge then says "40+".
 *
 * @param label the bell's accessible name, such as "Notifications, 3 unread"
 */
record Badge(boolean unread, String count, String label, int cap) {

  static Badge of(int unread, Templates t) {
    int cap = NotificationService.MAX_LIMIT;
    if (unread >= cap) {
      return new Badge(true, cap + "+", t.text("bell_label_capped", cap), cap);
    }
    String label =
        switch (unread) {
          case 0 -> t.text("bell_label_none");
          case 1 -> t.text("bell_label_one");
          default -> t.text("bell_label_some", unread);
        };
    return new Badge(unread > 0, Integer.toString(unread), label, cap);
  }
}
