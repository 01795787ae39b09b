package org.atrium.communities.store;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.atrium.communities.RoutedExpert;
import org.atrium.people.PersonRef;
import org.atrium.platform.db.Columns;
import org.atrium.platform.db.Tx;

/**
 * Who each question was routed to, when, why, and who declined; and the declared skills the interim
 * expert ranking reads from the directory's tables.
 */
public final class RoutingStore {

  private final Tx tx;

  public RoutingStore(Tx tx) {
    this.tx = tx;
  }

  public List<RoutedExpert> routed(long questionId) {
    return tx
        .session()
        .createNativeQuery(
            "select p.username, p.display_name, p.title, r.why, r.round, r.routed_at,"
                + " r.declined_at from question_routing r join person p on p.id = r.person_id"
                + " where r.question_id = :q order by r.round, r.routed_at, p.name_key",
            Object[].class)
        .setParameter("q", questionId)
        .getResultList()
        .stream()
        .map(
            r ->
                new RoutedExpert(
                    new PersonRef((String) r[0], (String) r[1], (String) r[2]),
                    (String) r[3],
                    (int) QaStore.number(r[4]),
                    Columns.instant(r[5]),
                    r[6] != null))
        .toList();
  }

  /** Everyone a question was ever routed to, declined or not. */
  public Set<Long> routedIds(long questionId) {
    return new HashSet<>(
        tx.session()
            .createNativeQuery(
                "select person_id from question_routing where question_id = :q", Long.class)
            .setParameter("q", questionId)
            .getResultList());
  }

  /** Whether the question is routed to {@code personId} and they have not declined it. */
  public boolean isRoutedTo(long questionId, long personId) {
    return !tx.session()
        .createNativeQuery(
            "select 1 from question_routing where question_id = :q and person_id = :p"
                + " and declined_at is null",
            Object.class)
        .setParameter("q", questionId)
        .setParameter("p", personId)
        .getResultList()
        .isEmpty();
  }

  /** How many questions were routed to {@code personId} since {@code since}. */
  public int routedSince(long personId, Instant since) {
    return (int)
        QaStore.number(
            tx.session()
                .createNativeQuery(
                    "select count(*) from question_routing where person_id = :p"
                        + " and routed_at >= :since",
                    Object.class)
                .setParameter("p", personId)
                .setParameter("since", since)
                .getSingleResult());
  }

  /** Records that the question went to {@code personId}; false if it already had. */
  public boolean route(long questionId, long personId, int round, String why, Instant at) {
    return tx.session()
            .createNativeMutationQuery(
                "insert into question_routing (question_id, person_id, round, why, routed_at)"
                    + " select :q, :p, :round, :why, :at from question where id = :q"
                    + " and not exists (select 1 from question_routing where question_id = :q"
                    + " and person_id = :p)")
            .setParameter("q", questionId)
            .setParameter("p", personId)
            .setParameter("round", round)
            .setParameter("why", why)
            .setParameter("at", at)
            .executeUpdate()
        == 1;
  }

  public boolean decline(long questionId, long personId, Instant at) {
    return tx.session()
            .createNativeMutationQuery(
                "update question_routing set declined_at = :at where question_id = :q"
                    + " and person_id = :p and declined_at is null")
            .setParameter("q", questionId)
            .setParameter("p", personId)
            .setParameter("at", at)
            .executeUpdate()
        == 1;
  }

  /** The routing round the question is in (0: never routed). */
  public int round(long questionId) {
    return (int)
        QaStore.number(
            tx.session()
                .createNativeQuery(
                    "select routing_round from question where id = :q for update", Object.class)
                .setParameter("q", questionId)
                .getSingleResult());
  }

  public void startRound(long questionId, int round, Instant at) {
    tx.session()
        .createNativeMutationQuery(
            "update question set routing_round = :round, routed_at = :at where id = :q")
        .setParameter("round", round)
        .setParameter("at", at)
        .setParameter("q", questionId)
        .executeUpdate();
  }

  /** Unanswered questions whose last round began at or before {@code cutoff}, oldest first. */
  public List<Long> dueForEscalation(Instant cutoff, int maxRounds, int limit) {
    return tx.session()
        .createNativeQuery(
            "select id from question where answers_count = 0 and routing_round between 1 and"
                + " :max and routed_at <= :cutoff order by routed_at, id",
            Long.class)
        .setParameter("max", maxRounds - 1)
        .setParameter("cutoff", cutoff)
        .setMaxResults(limit)
        .getResultList();
  }
}
