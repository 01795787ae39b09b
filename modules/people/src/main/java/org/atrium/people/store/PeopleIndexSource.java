package org.atrium.people.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.atrium.people.PersonStatus;
import org.atrium.platform.db.Columns;
import org.atrium.platform.db.Tx;
import org.atrium.platform.index.IdOrderScan;
import org.atrium.platform.index.IndexDocument;
import org.atrium.platform.index.IndexDocument.Audience;
import org.atrium.platform.index.IndexDocument.Expertise;
import org.atrium.platform.index.IndexSource;
import org.atrium.platform.outbox.OutboxEvent;

/**
 * Active people as search documents: profile text, business unit, location, and each declared skill
 * with its taxonomy synonyms, level and distinct endorsers. Deactivated people have no document.
 */
public final class PeopleIndexSource implements IndexSource {

  public static final String TYPE = "person";

  private static final String ACTIVE = PersonStatus.ACTIVE.code();

  private final Tx tx;

  public PeopleIndexSource(Tx tx) {
    this.tx = tx;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Set<String> topics() {
    return Set.of("person.changed");
  }

  @Override
  public Collection<String> affected(OutboxEvent event) {
    return tx.read(
        () ->
            tx
                .session()
                .createNativeQuery("select id from person where username = :u", Long.class)
                .setParameter("u", event.aggregateId())
                .getResultList()
                .stream()
                .map(String::valueOf)
                .toList());
  }

  @Override
  public List<IndexDocument> load(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Long> keys = ids.stream().map(Long::valueOf).toList();
    return tx.read(() -> documents(keys, synonyms()));
  }

  @Override
  public long count() {
    return tx.read(
        () ->
            tx.session()
                .createNativeQuery("select count(*) from person where status = :a", Long.class)
                .setParameter("a", ACTIVE)
                .getSingleResult());
  }

  @Override
  public void scan(int size, Consumer<List<IndexDocument>> batch) {
    Map<Long, List<String>> synonyms = tx.read(this::synonyms);
    IdOrderScan.pages(
        after ->
            tx.read(
                () ->
                    tx.session()
                        .createNativeQuery(
                            "select id from person where id > :after and status = :a order by id",
                            Long.class)
                        .setParameter("after", after)
                        .setParameter("a", ACTIVE)
                        .setMaxResults(size)
                        .getResultList()),
        Long::longValue,
        ids -> batch.accept(tx.read(() -> documents(ids, synonyms))));
  }

  private List<IndexDocument> documents(List<Long> ids, Map<Long, List<String>> synonyms) {
    Map<Long, List<Expertise>> skills = skills(ids, synonyms);
    List<IndexDocument> documents = new ArrayList<>();
    for (Object[] row : rows(ids)) {
      long id = ((Number) row[0]).longValue();
      String username = (String) row[1];
      List<Expertise> expertise = skills.getOrDefault(id, List.of());
      Map<String, List<String>> keywords = new HashMap<>();
      put(keywords, "business_unit", (String) row[7]);
      put(keywords, "location", (String) row[8]);
      keywords.put("skill", expertise.stream().map(Expertise::skill).toList());
      documents.add(
          new IndexDocument(
              TYPE,
              Long.toString(id),
              Audience.PERSON,
              null,
              (String) row[2],
              profileText(row, expertise),
              "/people/" + username,
              username,
              Columns.instant(row[9]),
              0,
              keywords,
              expertise));
    }
    return documents;
  }

  private static String profileText(Object[] row, List<Expertise> expertise) {
    StringBuilder text = new StringBuilder();
    for (int column = 3; column <= 6; column++) {
      if (row[column] != null) {
        text.append(row[column]).append('\n');
      }
    }
    for (Expertise skill : expertise) {
      text.append(skill.skill()).append('\n');
    }
    return text.toString();
  }

  private static void put(Map<String, List<String>> keywords, String key, String value) {
    if (value != null) {
      keywords.put(key, List.of(value));
    }
  }

  private List<Object[]> rows(List<Long> ids) {
    return tx.session()
        .createNativeQuery(
            "select p.id, p.username, p.display_name, p.title, p.department, p.about,"
                + " p.ask_me_about, bu.code, l.name, p.updated_at from person p"
                + " left join business_unit bu on bu.id = p.business_unit_id"
                + " left join location l on l.id = p.location_id"
                + " where p.id in (:ids) and p.status = :a order by p.id",
            Object[].class)
        .setParameterList("ids", ids)
        .setParameter("a", ACTIVE)
        .getResultList();
  }

  private Map<Long, List<Expertise>> skills(List<Long> ids, Map<Long, List<String>> synonyms) {
    Map<Long, List<Expertise>> skills = new LinkedHashMap<>();
    List<Object[]> rows =
        tx.session()
            .createNativeQuery(
                "select ps.person_id, s.id, s.name, ps.level,"
                    + " (select count(*) from endorsement e"
                    + "   where e.person_id = ps.person_id and e.skill_id = ps.skill_id)"
                    + " from person_skill ps join skill s on s.id = ps.skill_id"
                    + " where ps.person_id in (:ids) order by ps.person_id, ps.level desc, s.name",
                Object[].class)
            .setParameterList("ids", ids)
            .getResultList();
    for (Object[] row : rows) {
      long skillId = ((Number) row[1]).longValue();
      skills
          .computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
          .add(
              new Expertise(
                  (String) row[2],
                  synonyms.getOrDefault(skillId, List.of()),
                  ((Number) row[3]).intValue(),
                  ((Number) row[4]).intValue()));
    }
    return skills;
  }

  /** Every skill's synonyms: the taxonomy is small (hundreds), so one read serves a rebuild. */
  private Map<Long, List<String>> synonyms() {
    Map<Long, List<String>> synonyms = new HashMap<>();
    for (Object[] row :
        tx.session()
            .createNativeQuery("select skill_id, synonym from skill_synonym", Object[].class)
            .getResultList()) {
      synonyms
          .computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
          .add((String) row[1]);
    }
    return synonyms;
  }
}
