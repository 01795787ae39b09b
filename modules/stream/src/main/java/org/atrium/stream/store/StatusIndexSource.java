package org.atrium.stream.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.atrium.platform.db.Columns;
import org.atrium.platform.db.Tx;
import org.atrium.platform.index.IdOrderScan;
import org.atrium.platform.index.IndexDocument;
import org.atrium.platform.index.IndexDocument.Audience;
import org.atrium.platform.index.IndexSource;
import org.atrium.platform.outbox.OutboxEvent;

/**
 * Statuses (posts and replies) as search documents: their text, tags, space and author, and how
 * many others favourited them. Deleted statuses have no document.
 */
public final class StatusIndexSource implements IndexSource {

  public static final String TYPE = "status";

  private static final String COLUMNS =
      "select s.id, s.text, s.space_id, sp.slug, a.username, s.created_at, s.edited_at,"
          + " s.favourites_count from status s join person a on a.id = s.author_id"
          + " left join space sp on sp.id = s.space_id where s.deleted_at is null ";

  private final Tx tx;

  public StatusIndexSource(Tx tx) {
    this.tx = tx;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Set<String> topics() {
    return Set.of("status.created", "status.updated", "status.deleted", "status.favourited");
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
        () ->
            documents(
                tx.session()
                    .createNativeQuery(COLUMNS + "and s.id in (:ids)", Object[].class)
                    .setParameterList("ids", ids.stream().map(Long::valueOf).toList())
                    .getResultList()));
  }

  @Override
  public long count() {
    return tx.read(
        () ->
            tx.session()
                .createNativeQuery(
                    "select count(*) from status where deleted_at is null", Long.class)
                .getSingleResult());
  }

  @Override
  public void scan(int size, Consumer<List<IndexDocument>> batch) {
    IdOrderScan.pages(
        after ->
            tx.read(
                () ->
                    documents(
                        tx.session()
                            .createNativeQuery(
                                COLUMNS + "and s.id > :after order by s.id", Object[].class)
                            .setParameter("after", after)
                            .setMaxResults(size)
                            .getResultList())),
        document -> Long.parseLong(document.id()),
        batch);
  }

  private List<IndexDocument> documents(List<Object[]> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
    Map<Long, List<String>> tags = tags(ids);
    Map<Long, Integer> reactions = othersFavourites(rows);
    List<IndexDocument> documents = new ArrayList<>();
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      Map<String, List<String>> keywords = new HashMap<>();
      keywords.put("tag", tags.getOrDefault(id, List.of()));
      if (row[3] != null) {
        keywords.put("space", List.of((String) row[3]));
      }
      documents.add(
          new IndexDocument(
              TYPE,
              Long.toString(id),
              Audience.SPACE_CONTENT,
              row[2] == null ? null : ((Number) row[2]).longValue(),
              "",
              (String) row[1],
              "/statuses/" + id,
              (String) row[4],
              Columns.instant(row[6] == null ? row[5] : row[6]),
              reactions.getOrDefault(id, 0),
              keywords,
              List.of()));
    }
    return documents;
  }

  /** Favourites by people other than the author; only statuses with any are asked about. */
  private Map<Long, Integer> othersFavourites(List<Object[]> rows) {
    List<Long> favourited =
        rows.stream()
            .filter(r -> ((Number) r[7]).intValue() > 0)
            .map(r -> ((Number) r[0]).longValue())
            .toList();
    Map<Long, Integer> counts = new HashMap<>();
    if (favourited.isEmpty()) {
      return counts;
    }
    for (Object[] row :
        tx.session()
            .createNativeQuery(
                "select f.status_id, count(*) from favourite f join status s on s.id = f.status_id"
                    + " where f.status_id in (:ids) and f.person_id <> s.author_id"
                    + " group by f.status_id",
                Object[].class)
            .setParameterList("ids", favourited)
            .getResultList()) {
      counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
    }
    return counts;
  }

  private Map<Long, List<String>> tags(List<Long> ids) {
    Map<Long, List<String>> tags = new HashMap<>();
    for (Object[] row :
        tx.session()
            .createNativeQuery(
                "select status_id, tag from status_tag where status_id in (:ids)", Object[].class)
            .setParameterList("ids", ids)
            .getResultList()) {
      tags.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
          .add((String) row[1]);
    }
    return tags;
  }
}
