package org.atrium.spaces;

/**
 * {@link ReadableSpaces#includes}'s rule as an SQL condition, for queries that filter many rows:
 * the reader's memberships are read by the database inside the query, so the statement's text is
 * the same for every reader (the database plans it once) and a membership change applies to the
 * very next query.
 *
 * @param readerId the value to bind to {@link #READER}
 * @param employee whether the reader is an employee (else an external guest)
 */
public record ContentRule(long readerId, boolean employee) {

  /** The named parameter the condition reads the reader's id from. */
  public static final String READER = "reader";

  /**
   * The condition on a row whose space id is {@code spaceColumn} (null outside spaces) and whose
   * space's visibility code is {@code visibilityColumn}.
   */
  public String where(String spaceColumn, String visibilityColumn) {
    String member =
        spaceColumn
            + " in (select m.space_id from space_member m where m.person_id = :"
            + READER
            + ")";
    if (!employee) {
      return member;
    }
    return "("
        + spaceColumn
        + " is null or "
        + visibilityColumn
        + " = '"
        + SpaceVisibility.PUBLIC.code()
        + "' or "
        + member
        + ")";
  }
}
