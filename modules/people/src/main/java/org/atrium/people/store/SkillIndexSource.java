package org.atrium.people.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.atrium.platform.db.Tx;
import org.atrium.platform.index.IndexDocument;
import org.atrium.platform.index.IndexDocument.Audience;
import org.atrium.platform.index.IndexSource;
import org.atrium.platform.outbox.OutboxEvent;

/** The skills taxonomy as search documents (name, synonyms, category), for suggestions. */
public final class SkillIndexSource implements IndexSource {

  public static final String TYPE = "skill";

  private final Tx tx;

  public SkillIndexSource(Tx tx) {
    this.tx = tx;
  }

  @Override
  public String type() {
    return TYPE;
  }

  /** The taxonomy changes only through imports and bulk loads, which rebuild the index. */
  @Override
  public Set<String> topics() {
    return Set.of();
  }

  @Override
  public Collection<String> affected(OutboxEvent event) {
    return List.of(event.aggregateId());
  }

  @Override
  public List<IndexDocument> load(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return tx.read(
        () -> documents("where s.id in (:ids)", ids.stream().map(Long::valueOf).toList()));
  }

  @Override
  public long count() {
    return tx.read(
        () ->
            tx.session()
                .createNativeQuery("select count(*) from skill", Long.class)
                .getSingleResult());
  }

  @Override
  public void scan(int size, Consumer<List<IndexDocument>> batch) {
    List<IndexDocument> all = tx.read(() -> documents("", null));
    for (int from = 0; from < all.size(); from += size) {
      batch.accept(all.subList(from, Math.min(all.size(), from + size)));
    }
  }

  private List<IndexDocument> documents(String where, List<Long> ids) {
    var query =
        tx.session()
            .createNativeQuery(
                "select s.id, s.name, s.category,"
                    + " (select count(*) from person_skill ps where ps.skill_id = s.id)"
                    + " from skill s "
                    + where
                    + " order by s.id",
                Object[].class);
    if (ids != null) {
      query.setParameterList("ids", ids);
    }
    Map<Long, List<String>> synonyms = new HashMap<>();
    for (Object[] row :
        tx.session()
            .createNativeQuery("select skill_id, synonym from skill_synonym", Object[].class)
            .getResultList()) {
      synonyms
          .computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
          .add((String) row[1]);
    }
    List<IndexDocument> documents = new ArrayList<>();
    for (Object[] row : query.getResultList()) {
      long id = ((Number) row[0]).longValue();
      String name = (String) row[1];
      List<String> names = synonyms.getOrDefault(id, List.of());
      documents.add(
          new IndexDocument(
              TYPE,
              Long.toString(id),
              Audience.EMPLOYEES,
              null,
              name,
              String.join("\n", names),
              "/people?skill=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
              null,
              null,
              ((Number) row[3]).intValue(),
              row[2] == null
                  ? Map.of("skill", List.of(name))
                  : Map.of("skill", List.of(name), "category", List.of((String) row[2])),
              List.of()));
    }
    return documents;
  }
}
