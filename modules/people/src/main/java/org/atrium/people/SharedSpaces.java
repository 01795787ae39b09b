package org.atrium.people;

/**
 * Whether two people belong to a space together. The spaces module provides it, so that an external
 * guest can see the fellow members of their spaces and nobody else.
 */
@FunctionalInterface
public interface SharedSpaces {

  /** For a directory without spaces: nobody shares anything. */
  SharedSpaces NONE = (a, b) -> false;

  boolean share(long personA, long personB);
}
