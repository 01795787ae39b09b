package org.atrium.stream.store;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.atrium.platform.db.Tx;

/** Who follows whom, and who follows which tags. */
public final class FollowStore {

  private final Tx tx;

  public FollowStore(Tx tx) {
    this.tx = tx;
  }

  /** Starts following; false if already following. */
  public boolean follow(long followerId, long followeeId, Instant at) {
    return tx.session()
            .createNativeMutationQuery(
                "insert into follow (follower_id, followee_id, created_at) select :a, :b, :at"
                    + " from person where id = :b and not exists (select 1 from follow"
                    + " where follower_id = :a and followee_id = :b)")
            .setParameter("a", followerId)
            .setParameter("b", followeeId)
            .setParameter("at", at)
            .executeUpdate()
        == 1;
  }

  public boolean unfollow(long followerId, long followeeId) {
    return tx.session()
            .createNativeMutationQuery(
                "delete from follow where follower_id = :a and followee_id = :b")
            .setParameter("a", followerId)
            .setParameter("b", followeeId)
            .executeUpdate()
        == 1;
  }

  public boolean followTag(long personId, String tag, Instant at) {
    return tx.session()
            .createNativeMutationQuery(
                "insert into tag_follow (person_id, tag, created_at) select :p, :t, :at"
                    + " from person where id = :p and not exists (select 1 from tag_follow"
                    + " where person_id = :p and tag = :t)")
            .setParameter("p", personId)
            .setParameter("t", tag)
            .setParameter("at", at)
            .executeUpdate()
        == 1;
  }

  public boolean unfollowTag(long personId, String tag) {
    return tx.session()
            .createNativeMutationQuery("delete from tag_follow where person_id = :p and tag = :t")
            .setParameter("p", personId)
            .setParameter("t", tag)
            .executeUpdate()
        == 1;
  }

  public boolean follows(long followerId, long followeeId) {
    return !tx.session()
        .createNativeQuery(
            "select 1 from follow where follower_id = :a and followee_id = :b", Object.class)
        .setParameter("a", followerId)
        .setParameter("b", followeeId)
        .getResultList()
        .isEmpty();
  }

  public boolean followsTag(long personId, String tag) {
    return !tx.session()
        .createNativeQuery(
            "select 1 from tag_follow where person_id = :p and tag = :t", Object.class)
        .setParameter("p", personId)
        .setParameter("t", tag)
        .getResultList()
        .isEmpty();
  }

  /** The members of a space, whose home timelines its statuses reach. */
  public Set<Long> membersOf(long spaceId) {
    return new HashSet<>(
        tx.session()
            .createNativeQuery("select person_id from space_member where space_id = :s", Long.class)
            .setParameter("s", spaceId)
            .getResultList());
  }

  /** The people whose home timeline a status by {@code authorId} with {@code tags} reaches. */
  public Set<Long> audienceOf(long authorId, Collection<String> tags) {
    Set<Long> audience =
        new HashSet<>(
            tx.session()
                .createNativeQuery(
                    "select follower_id from follow where followee_id = :a", Long.class)
                .setParameter("a", authorId)
                .getResultList());
    if (!tags.isEmpty()) {
      audience.addAll(
          tx.session()
              .createNativeQuery(
                  "select person_id from tag_follow where tag in (:tags)", Long.class)
              .setParameterList("tags", List.copyOf(tags))
              .getResultList());
    }
    audience.add(authorId);
    return audience;
  }
}
