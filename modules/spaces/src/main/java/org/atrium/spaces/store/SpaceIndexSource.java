package org.atrium.spaces.store;

import java.util.ArrayList;
import java.util.Collection;
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

/** Spaces (name and description) as search documents, seen by whoever may see the space. */
public final class SpaceIndexSource implements IndexSource {

  public static final String TYPE = "space";

  private static final String COLUMNS =
      "select id, slug, name, description, visibility, kind, updated_at from space ";

  private final Tx tx;

  public SpaceIndexSource(Tx tx) {
    this.tx = tx;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Set<String> topics() {
    return Set.of("space.changed");
  }

  @Override
  public Collection<String> affected(OutboxEvent event) {
    return tx.read(
        () ->
            tx
                .session()
                .createNativeQuery("select id from space where slug = :s", Long.class)
                .setParameter("s", event.aggregateId())
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
    return tx.read(
        () ->
            documents(
                tx.session()
                    .createNativeQuery(COLUMNS + "where id in (:ids)", Object[].class)
                    .setParameterList("ids", ids.stream().map(Long::valueOf).toList())
                    .getResultList()));
  }

  @Override
  public long count() {
    return tx.read(
        () ->
            tx.session()
                .createNativeQuery("select count(*) from space", Long.class)
                .getSingleResult());
  }

  @Override
  public void scan(int size, Consumer<List<IndexDocument>> batch) {
    IdOrderScan.pages(
        after ->
            tx.read(
                () ->
                    tx.session()
                        .createNativeQuery(
                            COLUMNS + "where id > :after order by id", Object[].class)
                        .setParameter("after", after)
                        .setMaxResults(size)
                        .getResultList()),
        row -> ((Number) row[0]).longValue(),
        rows -> batch.accept(documents(rows)));
  }

  private static List<IndexDocument> documents(List<Object[]> rows) {
    List<IndexDocument> documents = new ArrayList<>();
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      String slug = (String) row[1];
      documents.add(
          new IndexDocument(
              TYPE,
              Long.toString(id),
              Audience.SPACE,
              id,
              (String) row[2],
              (String) row[3],
              "/spaces/" + slug,
              null,
              Columns.instant(row[6]),
              0,
              Map.of("space", List.of(slug), "kind", List.of((String) row[5])),
              List.of()));
    }
    return documents;
  }
}
