package org.atrium.webapp.pages;

import java.util.List;
import org.atrium.communities.QuestionSummary;

/** A question in a list: its title and link, tags, state, answers and when it was asked. */
record QuestionItem(
    long id,
    String title,
    String href,
    List<String> tags,
    String state,
    String stateLabel,
    String answers,
    String asker,
    TimeView time) {

  static QuestionItem of(QuestionSummary q, TimeView.Clock clock, Templates t) {
    return new QuestionItem(
        q.id(),
        q.title(),
        Links.question(q.id()),
        q.tags(),
        q.state().code(),
        t.text("qa_state_" + q.state().code()),
        t.text("qa_answers_count", q.answersCount()),
        t.text("qa_asked_by", q.author().displayName()),
        TimeView.of(q.createdAt(), clock));
  }

  static List<QuestionItem> of(List<QuestionSummary> questions, TimeView.Clock clock, Templates t) {
    return questions.stream().map(q -> of(q, clock, t)).toList();
  }
}
