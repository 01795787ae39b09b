package org.atrium.bench.qa;

import java.util.List;
import org.atrium.platform.db.Tx;

/**
 * Seeds questions and answers straight into the database in a few set-based statements (H2), the
 * way a migration would, so 50,000 questions take seconds rather than an hour of HTTP calls.
 */
final class Seed {

  private static final int BATCH = 10_000;

  private Seed() {}

  /** Adds {@code count} questions to the community {@code slug}; answers the first and last id. */
  static long[] questions(Tx tx, String slug, int count) {
    for (int from = 1; from <= count; from += BATCH) {
      int to = Math.min(count, from + BATCH - 1);
      int start = from;
      tx.write(
          () -> {
            tx.session()
                .createNativeMutationQuery(
                    "insert into question (space_id, author_id, title, body, tags, answers_count,"
                        + " created_at) select s.id, (select min(id) from person) + mod(x, 1500),"
                        + " concat('How do we handle case ', x, ' of deployment and testing?'),"
                        + " repeat('Some context about the problem, what was tried and what"
                        + " happened. ', 6), 'java testing', 0, current_timestamp"
                        + " from system_range(:from, :to) r(x), space s where s.slug = :slug")
                .setParameter("from", start)
                .setParameter("to", to)
                .setParameter("slug", slug)
                .executeUpdate();
          });
    }
    long[] range =
        tx.read(
            () -> {
              Object[] r =
                  tx.session()
                      .createNativeQuery("select min(id), max(id) from question", Object[].class)
                      .getSingleResult();
              return new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()};
            });
    for (int copy = 0; copy < 2; copy++) {
      int offset = copy;
      tx.write(
          () -> {
            tx.session()
                .createNativeMutationQuery(
                    "insert into answer (question_id, author_id, body, score, created_at)"
                        + " select q.id, q.author_id + 1 + :o, repeat('An answer with details."
                        + " ', 10), 0, current_timestamp from question q where mod(q.id, 10) <> 0")
                .setParameter("o", offset)
                .executeUpdate();
          });
    }
    tx.write(
        () -> {
          tx.session()
              .createNativeMutationQuery(
                  "update question set answers_count = 2, first_answer_at = created_at"
                      + " where mod(id, 10) <> 0")
              .executeUpdate();
          tx.session()
              .createNativeMutationQuery(
                  "insert into question_tag (question_id, tag) select id, 'java' from question")
              .executeUpdate();
        });
    return range;
  }

  /** Active employees to read as, one per client. */
  static List<String> usernames(Tx tx, int count) {
    return tx.read(
        () ->
            tx.session()
                .createNativeQuery(
                    "select username from person where status = 'active' and role = 'employee'"
                        + " order by id",
                    String.class)
                .setMaxResults(count)
                .getResultList());
  }
}
