package org.atrium.search;

import org.apache.lucene.facet.FacetsConfig;

/**
 * How facet values are indexed: every keyword of a document goes into Lucene's one facet doc-values
 * field as {@code dimension/value}, so that counting a hit reads one field instead of one per
 * dimension. Filters do not use it (they match the keyword fields), hence no drill-down terms.
 */
final class FacetLayout extends FacetsConfig {

  private static final DimConfig ANY_DIMENSION = anyDimension();

  static final FacetLayout INSTANCE = new FacetLayout();

  private FacetLayout() {}

  private static DimConfig anyDimension() {
    DimConfig config = new DimConfig();
    config.multiValued = true;
    config.drillDownTermsIndexing = DrillDownTermsIndexing.NONE;
    return config;
  }

  /** Modules bring their own keywords, tags and skills among them, each possibly repeated. */
  @Override
  public DimConfig getDimConfig(String dim) {
    return ANY_DIMENSION;
  }
}
