package org.atrium.bench.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.atrium.webapp.Services;

/** A tier's data, generated in memory part by part, then loaded into an empty Atrium. */
public final class Dataset {

  /** Every part, in the order they are generated and loaded. */
  private static final List<DatasetPart> PARTS = List.of(People.PART);

  private final Tier tier;
  private final Map<Class<? extends GeneratedPart>, GeneratedPart> parts = new LinkedHashMap<>();

  private Dataset(Tier tier) {
    this.tier = tier;
  }

  /** Generates every part for {@code tier}, telling {@code starting} the name of each in turn. */
  public static Dataset generate(Tier tier, Consumer<String> starting) {
    Dataset dataset = new Dataset(tier);
    for (DatasetPart part : PARTS) {
      starting.accept(part.name());
      GeneratedPart generated = part.generate(tier, dataset);
      dataset.parts.put(generated.getClass(), generated);
    }
    return dataset;
  }

  /**
   * Generates {@code part} too, drawing on the parts generated so far; returns it. Its rows are not
   * counted in {@link #rows} nor loaded by {@link #load}: it is loaded on its own, after them.
   */
  public <T extends GeneratedPart> T extend(DatasetPart part, Class<T> type) {
    return type.cast(part.generate(tier, this));
  }

  /** How many parts {@link #generate} goes through. */
  public static int partCount() {
    return PARTS.size();
  }

  public Tier tier() {
    return tier;
  }

  /** The generated part of {@code type}; parts may look up the ones generated before them. */
  public <T extends GeneratedPart> T part(Class<T> type) {
    GeneratedPart part = parts.get(type);
    if (part == null) {
      throw new IllegalStateException(type.getSimpleName() + " is not generated (yet)");
    }
    return type.cast(part);
  }

  public People people() {
    return part(People.class);
  }

  /** Rows that {@link #load} writes in all. */
  public long rows() {
    return parts.values().stream().mapToLong(GeneratedPart::rows).sum();
  }

  /** Writes every part into the empty Atrium behind {@code services}. */
  public void load(Services services, LongConsumer rowsWritten) {
    parts.values().forEach(part -> part.load(services, rowsWritten));
  }
}
