package org.atrium.communities.rest;

import java.time.Instant;
import java.util.List;
import org.atrium.communities.Answer;
import org.atrium.communities.Comment;
import org.atrium.communities.Community;
import org.atrium.communities.Edit;
import org.atrium.communities.Pin;
import org.atrium.communities.Question;
import org.atrium.communities.QuestionSummary;
import org.atrium.communities.RoutedExpert;
import org.atrium.people.PersonRef;

/** Communities and Q&amp;A on the wire: explicit fields, ids as strings. */
public final class QaJson {

  private QaJson() {}

  public record PersonJson(String username, String displayName) {
    static PersonJson of(PersonRef p) {
      return p == null ? null : new PersonJson(p.username(), p.displayName());
    }
  }

  public record CommentJson(String id, PersonJson author, String body, Instant createdAt) {
    static CommentJson of(Comment c) {
      return new CommentJson(
          Long.toString(c.id()), PersonJson.of(c.author()), c.body(), c.createdAt());
    }
  }

  public record AnswerJson(
      String id,
      String questionId,
      PersonJson author,
      String body,
      String html,
      Instant createdAt,
      Instant editedAt,
      int score,
      int myVote,
      boolean accepted,
      boolean verified,
      PersonJson verifiedBy,
      Instant verifiedAt,
      List<CommentJson> comments) {
    static AnswerJson of(Answer a) {
      return new AnswerJson(
          Long.toString(a.id()),
          Long.toString(a.questionId()),
          PersonJson.of(a.author()),
          a.body(),
          a.html(),
          a.createdAt(),
          a.editedAt(),
          a.score(),
          a.myVote(),
          a.accepted(),
          a.verified(),
          PersonJson.of(a.verifiedBy()),
          a.verifiedAt(),
          a.comments().stream().map(CommentJson::of).toList());
    }
  }

  public record ExpertJson(
      PersonJson person, String why, int round, Instant routedAt, boolean declined) {
    static ExpertJson of(RoutedExpert r) {
      return new ExpertJson(
          PersonJson.of(r.person()), r.why(), r.round(), r.routedAt(), r.declined());
    }
  }

  public record QuestionJson(
      String id,
      String space,
      String title,
      String body,
      String html,
      List<String> tags,
      PersonJson author,
      Instant createdAt,
      Instant editedAt,
      String state,
      String acceptedAnswerId,
      int answersCount,
      List<AnswerJson> answers,
      List<CommentJson> comments,
      List<ExpertJson> suggestedExperts,
      Question.Permissions can) {
    static QuestionJson of(Question q) {
      return new QuestionJson(
          Long.toString(q.id()),
          q.space(),
          q.title(),
          q.body(),
          q.html(),
          q.tags(),
          PersonJson.of(q.author()),
          q.createdAt(),
          q.editedAt(),
          q.state().code(),
          q.acceptedAnswerId() == null ? null : Long.toString(q.acceptedAnswerId()),
          q.answers().size(),
          q.answers().stream().map(AnswerJson::of).toList(),
          q.comments().stream().map(CommentJson::of).toList(),
          q.routedTo().stream().map(ExpertJson::of).toList(),
          q.can());
    }
  }

  public record SummaryJson(
      String id,
      String space,
      String title,
      List<String> tags,
      PersonJson author,
      Instant createdAt,
      String state,
      int answersCount,
      String url) {
    static SummaryJson of(QuestionSummary q) {
      return new SummaryJson(
          Long.toString(q.id()),
          q.space(),
          q.title(),
          q.tags(),
          PersonJson.of(q.author()),
          q.createdAt(),
          q.state().code(),
          q.answersCount(),
          "/questions/" + q.id());
    }
  }

  public record EditJson(
      PersonJson editor, String title, String body, List<String> tags, Instant replacedAt) {
    static EditJson of(Edit e) {
      return new EditJson(PersonJson.of(e.editor()), e.title(), e.body(), e.tags(), e.replacedAt());
    }
  }

  public record PinJson(String kind, String ref, String title, String url) {
    static PinJson of(String space, Pin p) {
      return new PinJson(
          p.kind(),
          p.ref(),
          p.title(),
          p.kind().equals("page")
              ? "/spaces/" + space + "/pages/" + p.ref()
              : "/api/v1/files/" + p.ref());
    }
  }

  public record CommunityJson(
      String slug,
      String name,
      String description,
      String visibility,
      boolean archived,
      long membersCount,
      String role,
      String purpose,
      String rules,
      List<PinJson> pins,
      List<PersonJson> experts) {
    static CommunityJson of(Community c) {
      return new CommunityJson(
          c.space().slug(),
          c.space().name(),
          c.space().description(),
          c.space().visibility().code(),
          c.space().archived(),
          c.space().membersCount(),
          c.space().role() == null ? null : c.space().role().code(),
          c.purpose(),
          c.rules(),
          c.pins().stream().map(p -> PinJson.of(c.space().slug(), p)).toList(),
          c.experts().stream().map(PersonJson::of).toList());
    }
  }
}
