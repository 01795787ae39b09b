package org.atrium.communities.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.atrium.communities.Pin;
import org.atrium.people.PersonRef;
import org.atrium.platform.db.Tx;

/** A community's purpose, rules, pins and experts; runs in the calling service's transaction. */
public final class CommunityStore {

  private final Tx tx;

  public CommunityStore(Tx tx) {
    this.tx = tx;
  }

  /** Whether space {@code spaceId} is a community (rather than a project space). */
  public boolean isCommunity(long spaceId) {
    return "community"
        .equals(
            tx.session()
                .createNativeQuery("select kind from space where id = :s", String.class)
                .setParameter("s", spaceId)
                .uniqueResult());
  }

  /** Purpose and rules, if a community's owners have written them. */
  public Optional<String[]> profile(long spaceId) {
    return tx.session()
        .createNativeQuery(
            "select purpose, rules from community where space_id = :s", Object[].class)
        .setParameter("s", spaceId)
        .uniqueResultOptional()
        .map(r -> new String[] {(String) r[0], (String) r[1]});
  }

  public void saveProfile(long spaceId, String purpose, String rules, Instant at) {
    int updated =
        tx.session()
            .createNativeMutationQuery(
                "update community set purpose = :p, rules = :r, updated_at = :at"
                    + " where space_id = :s")
            .setParameter("p", purpose)
            .setParameter("r", rules)
            .setParameter("at", at)
            .setParameter("s", spaceId)
            .executeUpdate();
    if (updated == 0) {
      tx.session()
          .createNativeMutationQuery(
              "insert into community (space_id, purpose, rules, updated_at)"
                  + " values (:s, :p, :r, :at)")
          .setParameter("p", purpose)
          .setParameter("r", rules)
          .setParameter("at", at)
          .setParameter("s", spaceId)
          .executeUpdate();
    }
  }

  public List<Pin> pins(long spaceId) {
    return tx
        .session()
        .createNativeQuery(
            "select kind, ref, title from community_pin where space_id = :s order by position",
            Object[].class)
        .setParameter("s", spaceId)
        .getResultList()
        .stream()
        .map(r -> new Pin((String) r[0], (String) r[1], (String) r[2]))
        .toList();
  }

  public void setPins(long spaceId, List<Pin> pins) {
    tx.session()
        .createNativeMutationQuery("delete from community_pin where space_id = :s")
        .setParameter("s", spaceId)
        .executeUpdate();
    for (int i = 0; i < pins.size(); i++) {
      Pin pin = pins.get(i);
      tx.session()
          .createNativeMutationQuery(
              "insert into community_pin (space_id, position, kind, ref, title)"
                  + " values (:s, :i, :k, :r, :t)")
          .setParameter("s", spaceId)
          .setParameter("i", i)
          .setParameter("k", pin.kind())
          .setParameter("r", pin.ref())
          .setParameter("t", pin.title())
          .executeUpdate();
    }
  }

  /** The community's experts, by name. */
  public List<PersonRef> experts(long spaceId) {
    return tx
        .session()
        .createNativeQuery(
            "select p.username, p.display_name, p.title from space_member m"
                + " join person p on p.id = m.person_id where m.space_id = :s"
                + " and m.role = 'expert' and p.status = 'active' order by p.name_key",
            Object[].class)
        .setParameter("s", spaceId)
        .getResultList()
        .stream()
        .map(r -> new PersonRef((String) r[0], (String) r[1], (String) r[2]))
        .toList();
  }
}
