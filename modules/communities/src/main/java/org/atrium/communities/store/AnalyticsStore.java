package org.atrium.communities.store;

import java.time.Instant;
import java.util.List;
import org.atrium.communities.AnalyticsFigures;
import org.atrium.communities.CommunityAnalytics;
import org.atrium.people.PersonRef;
import org.atrium.platform.db.Columns;
import org.atrium.platform.db.Tx;

/** Reads what a community's analytics are computed from. */
public final class AnalyticsStore {

  private static final String ANSWERS_HERE =
      " from answer a join question q on q.id = a.question_id where q.space_id = :s";

  private final Tx tx;

  public AnalyticsStore(Tx tx) {
    this.tx = tx;
  }

  /** The figures of community {@code spaceId}; "active" means since {@code activeSince}. */
  public AnalyticsFigures figures(long spaceId, Instant activeSince, int topLimit) {
    List<Instant> joins =
        tx
            .session()
            .createNativeQuery(
                "select created_at from space_member where space_id = :s", Object.class)
            .setParameter("s", spaceId)
            .getResultList()
            .stream()
            .map(Columns::instant)
            .toList();
    List<AnalyticsFigures.QuestionTimes> questions =
        tx
            .session()
            .createNativeQuery(
                "select created_at, first_answer_at from question where space_id = :s",
                Object[].class)
            .setParameter("s", spaceId)
            .getResultList()
            .stream()
            .map(
                r ->
                    new AnalyticsFigures.QuestionTimes(
                        Columns.instant(r[0]), r[1] == null ? null : Columns.instant(r[1])))
            .toList();
    int active =
        count(
            "select count(*) from (select author_id as who from question where space_id = :s"
                + " and created_at >= :since union select a.author_id"
                + ANSWERS_HERE
                + " and a.created_at >= :since union select v.person_id from answer_vote v"
                + " join answer a on a.id = v.answer_id join question q on q.id = a.question_id"
                + " where q.space_id = :s and v.voted_at >= :since) people",
            spaceId,
            activeSince);
    Object[] answers =
        tx.session()
            .createNativeQuery(
                "select count(*), coalesce(sum(case when coalesce(pa.business_unit_id, -1)"
                    + " <> coalesce(pq.business_unit_id, -1) then 1 else 0 end), 0),"
                    + " count(distinct a.author_id) from answer a"
                    + " join question q on q.id = a.question_id"
                    + " join person pa on pa.id = a.author_id join person pq on pq.id = q.author_id"
                    + " where q.space_id = :s",
                Object[].class)
            .setParameter("s", spaceId)
            .getSingleResult();
    int contributors =
        count(
            "select count(*) from (select author_id as who from question where space_id = :s"
                + " union select a.author_id"
                + ANSWERS_HERE
                + ") people",
            spaceId,
            null);
    List<CommunityAnalytics.Contributor> top =
        tx
            .session()
            .createNativeQuery(
                "select p.username, p.display_name, p.title, count(*), coalesce(sum(case when"
                    + " q.accepted_answer_id = a.id then 1 else 0 end), 0) from answer a"
                    + " join question q on q.id = a.question_id join person p on p.id = a.author_id"
                    + " where q.space_id = :s group by p.username, p.display_name, p.title"
                    + " order by count(*) desc, p.username",
                Object[].class)
            .setParameter("s", spaceId)
            .setMaxResults(topLimit)
            .getResultList()
            .stream()
            .map(
                r ->
                    new CommunityAnalytics.Contributor(
                        new PersonRef((String) r[0], (String) r[1], (String) r[2]),
                        (int) QaStore.number(r[3]),
                        (int) QaStore.number(r[4])))
            .toList();
    return new AnalyticsFigures(
        joins,
        questions,
        active,
        (int) QaStore.number(answers[0]),
        (int) QaStore.number(answers[1]),
        (int) QaStore.number(answers[2]),
        contributors,
        top);
  }

  private int count(String sql, long spaceId, Instant since) {
    var query = tx.session().createNativeQuery(sql, Object.class).setParameter("s", spaceId);
    if (since != null) {
      query.setParameter("since", since);
    }
    return (int) QaStore.number(query.getSingleResult());
  }
}
