package org.atrium.communities;

import org.atrium.communities.store.CommunityStore;
import org.atrium.communities.store.QaStore;
import org.atrium.platform.auth.Caller;
import org.atrium.platform.error.AtriumException;
import org.atrium.platform.error.Conflict;
import org.atrium.platform.error.Forbidden;
import org.atrium.platform.error.NotFound;
import org.atrium.spaces.AccessPolicy;
import org.atrium.spaces.SpaceAccess;

/**
 * Finds questions and answers through the access policy. A question someone may not read does not
 * exist for them (404, whatever the reason), so ids reveal nothing about hidden communities.
 */
final class QaAccess {

  /** A question with the caller's view of its community. */
  record Found(QuestionRow question, SpaceAccess space) {}

  private final QaStore store;
  private final CommunityStore communities;
  private final AccessPolicy policy;

  QaAccess(QaStore store, CommunityStore communities, AccessPolicy policy) {
    this.store = store;
    this.communities = communities;
    this.policy = policy;
  }

  /** The community {@code slug}: 404 for spaces the caller cannot see and for project spaces. */
  SpaceAccess community(Caller caller, String slug, boolean contribute) {
    SpaceAccess space =
        contribute ? policy.contributableOrHidden(caller, slug) : policy.readable(caller, slug);
    if (!communities.isCommunity(space.id())) {
      throw new NotFound("'" + slug + "' is a project space, not a community");
    }
    return space;
  }

  Found readable(Caller caller, long questionId) {
    QuestionRow question = store.question(questionId).orElseThrow(() -> notFound(questionId));
    try {
      return new Found(question, policy.readable(caller, question.space()));
    } catch (NotFound | Forbidden hidden) {
      throw notFound(questionId);
    }
  }

  /** The question, if the caller may add to its community now (join first: 403). */
  Found contributable(Caller caller, long questionId) {
    Found found = readable(caller, questionId);
    try {
      return new Found(found.question(), policy.contributable(caller, found.question().space()));
    } catch (Forbidden | Conflict e) {
      throw e;
    } catch (AtriumException hidden) {
      throw notFound(questionId);
    }
  }

  AnswerRow answer(long answerId) {
    return store
        .answer(answerId)
        .orElseThrow(() -> new NotFound("no answer " + answerId + " is visible to you"));
  }

  static NotFound notFound(long questionId) {
    return new NotFound("no question " + questionId + " is visible to you");
  }
}
