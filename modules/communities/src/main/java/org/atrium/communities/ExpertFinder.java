package org.atrium.communities;

import java.util.List;
import java.util.Set;

/**
 * Ranks people by how likely they are to answer a question. Routing asks this port only, so
 * communities need not know the expertise search that the web application plugs in here.
 * Implementations run inside the caller's transaction when there is one.
 */
public interface ExpertFinder {

  /** At most {@code limit} people, best first, for a question's {@code text} and {@code tags}. */
  List<ExpertCandidate> rank(String text, Set<String> tags, int limit);
}
