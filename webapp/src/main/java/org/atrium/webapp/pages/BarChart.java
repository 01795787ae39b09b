package org.atrium.webapp.pages;

import java.util.ArrayList;
import java.util.List;
import org.atrium.communities.CommunityAnalytics;

/**
 * A bar chart drawn as inline SVG by the server: no script, no library. It is an image with a title
 * and a description for screen readers, and each bar has a tooltip title; the page shows the same
 * figures in a table.
 */
record BarChart(
    String id, String title, String description, int width, int height, List<Bar> bars) {

  static final int WIDTH = 600;
  static final int HEIGHT = 160;
  private static final int LABEL_SPACE = 20;

  /** One bar with its label underneath. */
  record Bar(
      int x, int y, int width, int height, int labelX, int labelY, String label, String tip) {}

  static BarChart of(
      String id, String title, List<CommunityAnalytics.WeekCount> weeks, Templates t) {
    int max = weeks.stream().mapToInt(CommunityAnalytics.WeekCount::count).max().orElse(0);
    int slot = WIDTH / Math.max(1, weeks.size());
    int plot = HEIGHT - LABEL_SPACE;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < weeks.size(); i++) {
      CommunityAnalytics.WeekCount week = weeks.get(i);
      int h = max == 0 ? 0 : Math.max(week.count() > 0 ? 2 : 0, week.count() * (plot - 4) / max);
      String label = week.week().getDayOfMonth() + "/" + week.week().getMonthValue();
      bars.add(
          new Bar(
              i * slot + 4,
              plot - h,
              slot - 8,
              h,
              i * slot + slot / 2,
              HEIGHT - 5,
              label,
              t.text("qa_week") + " " + week.week() + ": " + week.count()));
    }
    String description =
        title
            + ": "
            + String.join(", ", weeks.stream().map(w -> w.week() + " " + w.count()).toList());
    return new BarChart(id, title, description, WIDTH, HEIGHT, bars);
  }
}
