package org.atrium.bench.dataset;

/**
 * One kind of content in a tier. Parts are generated in order, each able to draw on what the parts
 * before it generated (posts need authors, answers need questions): people come first, and later
 * capabilities append spaces, posts, wiki pages and questions.
 */
public interface DatasetPart {

  /** What the progress bar and the report call this part. */
  String name();

  /** Generates this part for {@code tier}, deterministically for {@link Tier#SEED}. */
  GeneratedPart generate(Tier tier, Dataset before);
}
