package org.atrium.search;

import java.util.List;

/** The Lucene field names of the index, in one place. */
final class Fields {

  /** {@code type:id}, the key a document is replaced and deleted by. */
  static final String UID = "uid";

  static final String TYPE = "type";
  static final String ID = "id";
  static final String AUDIENCE = "audience";

  /** The space a document lives in, {@link #NO_SPACE} outside spaces. */
  static final String SPACE_ID = "space_id";

  static final String NO_SPACE = "none";

  /** A person document's own id, for the people a guest may see. */
  static final String PERSON_ID = "person_id";

  static final String TITLE = "title";
  static final String BODY = "body";

  /** Skill names and their synonyms, analysed, for expertise queries on people. */
  static final String SKILLS = "skills";

  /**
   * A person's declared skills, as doc values: {@code name<TAB>level<TAB>endorsers<TAB>synonyms...}
   * lines.
   */
  static final String EXPERTISE = "expertise";

  /** A person's business unit and location, as doc values for ranking experts. */
  static final String PERSON_UNIT = "person_unit";

  static final String PERSON_LOCATION = "person_location";

  static final String URL = "url";
  static final String AUTHOR = "author";
  static final String DATE = "date";
  static final String REACTIONS = "reactions";

  /** Keyword fields that filters and facets use. */
  static final List<String> FACETS =
      List.of(TYPE, "space", "business_unit", "location", "skill", "tag");

  private Fields() {}
}
