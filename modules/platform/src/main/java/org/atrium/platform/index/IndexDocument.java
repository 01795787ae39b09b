package org.atrium.platform.index;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One searchable thing as its module describes it.
 *
 * @param type the kind of document: {@code person}, {@code skill}, {@code space}, {@code status},
 *     {@code page}, {@code file}, {@code question}, {@code answer}; a source's {@link
 *     IndexSource#type()}
 * @param id unique within the type (a database id as text)
 * @param audience who may see it, together with {@code spaceId}
 * @param spaceId the space it lives in, or null when it lives outside spaces
 * @param title what results show as the heading (weighs more than the body)
 * @param body the searchable text
 * @param url where a reader opens it, relative to the site root
 * @param author the username of its author (a person's own username for people), or null
 * @param date when it was written or last changed, for sorting and date filters
 * @param reactions how many others reacted to it (favourites, votes): evidence of its worth
 * @param keywords exact values to filter and count by, such as {@code business_unit}, {@code
 *     location}, {@code skill}, {@code tag} and {@code space} (the space's slug)
 * @param expertise a person's declared skills, for expertise ranking; empty for everything else
 */
public record IndexDocument(
    String type,
    String id,
    Audience audience,
    Long spaceId,
    String title,
    String body,
    String url,
    String author,
    Instant date,
    int reactions,
    Map<String, List<String>> keywords,
    List<Expertise> expertise) {

  public IndexDocument {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(audience, "audience");
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    keywords = Map.copyOf(keywords);
    expertise = List.copyOf(expertise);
  }

  /** Who may see a document. */
  public enum Audience {
    /** Readers of {@code spaceId} under the access policy; every employee when it is null. */
    SPACE_CONTENT,
    /** Whoever may see the space {@code spaceId} itself (its name and description). */
    SPACE,
    /** A person: every employee; an external guest only the people of their own spaces. */
    PERSON,
    /** Every employee, never an external guest (the skills taxonomy). */
    EMPLOYEES
  }

  /**
   * A declared skill of a person.
   *
   * @param skill the skill's name in the taxonomy
   * @param synonyms the other names the taxonomy knows it by
   * @param level the declared level, 1 (beginner) to 5 (expert)
   * @param endorsers how many distinct colleagues endorsed it
   */
  public record Expertise(String skill, List<String> synonyms, int level, int endorsers) {

    public Expertise {
      synonyms = List.copyOf(synonyms);
    }
  }
}
