package org.atrium.wiki.store;

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

/**
 * Wiki pages as search documents: the title and Markdown of their current revision, whose author
 * counts as the page's author. Deleted pages have no document.
 */
public final class PageIndexSource implements IndexSource {

  public static final String TYPE = "page";

  private static final String COLUMNS =
      "select p.id, p.slug, p.space_id, sp.slug, r.title, r.body, a.username, r.created_at"
          + " from wiki_page p join space sp on sp.id = p.space_id"
          + " join wiki_revision r on r.page_id = p.id and r.number ="
          + "   (select max(number) from wiki_revision m where m.page_id = p.id)"
          + " join person a on a.id = r.author_id where p.deleted_at is null ";

  private final Tx tx;

  public PageIndexSource(Tx tx) {
    this.tx = tx;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Set<String> topics() {
    return Set.of("wiki.page.changed");
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
                    .createNativeQuery(COLUMNS + "and p.id in (:ids)", Object[].class)
                    .setParameterList("ids", ids.stream().map(Long::valueOf).toList())
                    .getResultList()));
  }

  @Override
  public long count() {
    return tx.read(
        () ->
            tx.session()
                .createNativeQuery(
                    "select count(*) from wiki_page where deleted_at is null", Long.class)
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
                                COLUMNS + "and p.id > :after order by p.id", Object[].class)
                            .setParameter("after", after)
                            .setMaxResults(size)
                            .getResultList())),
        document -> Long.parseLong(document.id()),
        batch);
  }

  private static List<IndexDocument> documents(List<Object[]> rows) {
    List<IndexDocument> documents = new ArrayList<>();
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      String space = (String) row[3];
      documents.add(
          new IndexDocument(
              TYPE,
              Long.toString(id),
              Audience.SPACE_CONTENT,
              ((Number) row[2]).longValue(),
              (String) row[4],
              (String) row[5],
              "/api/v1/spaces/" + space + "/pages/" + row[1],
              (String) row[6],
              Columns.instant(row[7]),
              0,
              Map.of("space", List.of(space)),
              List.of()));
    }
    return documents;
  }
}
