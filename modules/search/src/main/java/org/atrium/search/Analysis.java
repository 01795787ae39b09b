package org.atrium.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;

/**
 * The one analyser for indexing and querying: Unicode words, lower-cased, accents folded,
 * possessives dropped and a light English stemmer, so "Deploying" finds "deployments" without the
 * surprises of an aggressive stemmer. Separate values of a field never form a phrase together.
 */
final class Analysis {

  private Analysis() {}

  static Analyzer analyzer() {
    try {
      return CustomAnalyzer.builder()
          .withTokenizer("standard")
          .addTokenFilter("lowercase")
          .addTokenFilter("asciiFolding")
          .addTokenFilter("englishPossessive")
          .addTokenFilter("kStem")
          .withPositionIncrementGap(100)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
