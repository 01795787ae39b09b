package org.atrium.stream.store;

import java.util.List;

/**
 * Which statuses a timeline draws from, before the access filter: the viewer's home, one tag, one
 * space, one author, or given ids.
 */
public sealed interface Scope {

  record Home(long viewerId) implements Scope {}

  record Tag(String tag) implements Scope {}

  record InSpace(long spaceId) implements Scope {}

  record ByAuthor(long authorId) implements Scope {}

  record Ids(List<Long> ids) implements Scope {}
}
