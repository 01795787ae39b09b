package org.atrium.bench.suite;

import java.util.ArrayList;
import java.util.List;

/** One figure measured once per run: reported as the median with the min–max around it. */
public final class Samples {

  private final List<Double> values = new ArrayList<>();

  void add(double value) {
    values.add(value);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The middle value; for an even count, the mean of the two middle ones. */
  public double median() {
    List<Double> sorted = sorted();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  public double min() {
    return sorted().getFirst();
  }

  public double max() {
    return sorted().getLast();
  }

  private List<Double> sorted() {
    if (values.isEmpty()) {
      throw new IllegalStateException("nothing was measured");
    }
    return values.stream().sorted().toList();
  }
}
