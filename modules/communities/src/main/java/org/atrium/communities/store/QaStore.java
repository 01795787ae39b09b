package org.atrium.communities.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.atrium.communities.Answer;
import org.atrium.communities.AnswerRow;
import org.atrium.communities.Comment;
import org.atrium.communities.Edit;
import org.atrium.communities.QaDocument;
import org.atrium.communities.QuestionRow;
import org.atrium.communities.QuestionState;
import org.atrium.communities.QuestionSummary;
import org.atrium.people.Page;
import org.atrium.people.PersonRef;
import org.atrium.platform.db.Columns;
import org.atrium.platform.db.Tx;
import org.hibernate.query.NativeQuery;

/**
 * Questions, answers, votes, comments and edit history; runs in the calling service's transaction.
 */
public final class QaStore {

  /** The entities this store maps, for the session factory. */
  public static final List<Class<?>> ENTITIES =
      List.of(QuestionEntity.class, AnswerEntity.class, CommentEntity.class);

  private static final String QUESTION =
      "select q.id, q.space_id, s.slug, s.name, q.author_id, p.username, p.display_name, p.title,"
          + " q.title, q.body, q.tags, q.accepted_answer_id, q.answers_count, q.created_at,"
          + " q.edited_at from question q join space s on s.id = q.space_id"
          + " join person p on p.id = q.author_id";

  private final Tx tx;

  public QaStore(Tx tx) {
    this.tx = tx;
  }

  public long addQuestion(
      long spaceId, long authorId, String title, String body, List<String> tags, Instant at) {
    QuestionEntity entity = new QuestionEntity();
    entity.spaceId = spaceId;
    entity.authorId = authorId;
    entity.title = title;
    entity.body = body;
    entity.tags = String.join(" ", tags);
    entity.createdAt = at;
    tx.session().persist(entity);
    tx.session().flush();
    setTags(entity.id, tags);
    return entity.id;
  }

  public Optional<QuestionRow> question(long questionId) {
    return tx.session()
        .createNativeQuery(QUESTION + " where q.id = :id", Object[].class)
        .setParameter("id", questionId)
        .uniqueResultOptional()
        .map(QaStore::questionRow);
  }

  /** The question, its row locked until the transaction ends, so accepts and edits queue. */
  public Optional<QuestionRow> lockQuestion(long questionId) {
    return tx.session()
        .createNativeQuery("select id from question where id = :id for update", Long.class)
        .setParameter("id", questionId)
        .uniqueResultOptional()
        .flatMap(this::question);
  }

  /**
   * Questions of a space, newest first, optionally in one state, with one tag, or with {@code text}
   * in the title; {@code before} is the id the previous page ended at.
   */
  public Page<QuestionSummary> questions(
      long spaceId, QuestionState state, String tag, String text, Long before, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "select q.id, s.slug, q.title, q.tags, p.username, p.display_name, p.title,"
                + " q.created_at, q.accepted_answer_id, q.answers_count from question q"
                + " join space s on s.id = q.space_id join person p on p.id = q.author_id"
                + " where q.space_id = :space");
    if (state != null) {
      sql.append(
          switch (state) {
            case UNANSWERED -> " and q.answers_count = 0";
            case ANSWERED -> " and q.answers_count > 0 and q.accepted_answer_id is null";
            case ACCEPTED -> " and q.accepted_answer_id is not null";
          });
    }
    if (tag != null) {
      sql.append(
          " and exists (select 1 from question_tag t where t.question_id = q.id and t.tag = :tag)");
    }
    if (text != null) {
      sql.append(" and lower(q.title) like :text escape '\\'");
    }
    if (before != null) {
      sql.append(" and q.id < :before");
    }
    sql.append(" order by q.id desc");
    NativeQuery<Object[]> query =
        tx.session()
            .createNativeQuery(sql.toString(), Object[].class)
            .setParameter("space", spaceId);
    if (tag != null) {
      query.setParameter("tag", tag);
    }
    if (text != null) {
      query.setParameter("text", "%" + escape(text) + "%");
    }
    if (before != null) {
      query.setParameter("before", before);
    }
    List<Object[]> rows = query.setMaxResults(limit + 1).getResultList();
    List<QuestionSummary> page = new ArrayList<>();
    for (Object[] r : rows.subList(0, Math.min(limit, rows.size()))) {
      page.add(
          new QuestionSummary(
              number(r[0]),
              (String) r[1],
              (String) r[2],
              tags((String) r[3]),
              new PersonRef((String) r[4], (String) r[5], (String) r[6]),
              Columns.instant(r[7]),
              QuestionState.of((int) number(r[9]), r[8] == null ? null : number(r[8])),
              (int) number(r[9])));
    }
    String next = rows.size() > limit ? Long.toString(page.getLast().id()) : null;
    return new Page<>(page, next);
  }

  /** Questions of a space whose title has any of {@code words} (lower case), newest first. */
  public List<QuestionSummary> titledWithAny(long spaceId, List<String> words, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "select q.id, s.slug, q.title, q.tags, p.username, p.display_name, p.title,"
                + " q.created_at, q.accepted_answer_id, q.answers_count from question q"
                + " join space s on s.id = q.space_id join person p on p.id = q.author_id"
                + " where q.space_id = :space and (");
    for (int i = 0; i < words.size(); i++) {
      sql.append(i == 0 ? "" : " or ")
          .append("lower(q.title) like :w")
          .append(i)
          .append(" escape '\\'");
    }
    sql.append(") order by q.id desc");
    NativeQuery<Object[]> query =
        tx.session()
            .createNativeQuery(sql.toString(), Object[].class)
            .setParameter("space", spaceId);
    for (int i = 0; i < words.size(); i++) {
      query.setParameter("w" + i, "%" + escape(words.get(i)) + "%");
    }
    return query.setMaxResults(limit).getResultList().stream()
        .map(
            r ->
                new QuestionSummary(
                    number(r[0]),
                    (String) r[1],
                    (String) r[2],
                    tags((String) r[3]),
                    new PersonRef((String) r[4], (String) r[5], (String) r[6]),
                    Columns.instant(r[7]),
                    QuestionState.of((int) number(r[9]), r[8] == null ? null : number(r[8])),
                    (int) number(r[9])))
        .toList();
  }

  public void updateQuestion(
      QuestionRow old, long editorId, String title, String body, List<String> tags, Instant at) {
    tx.session()
        .createNativeMutationQuery(
            "insert into qa_edit (question_id, editor_id, title, body, tags, replaced_at)"
                + " values (:q, :e, :title, :body, :tags, :at)")
        .setParameter("q", old.id())
        .setParameter("e", editorId)
        .setParameter("title", old.title())
        .setParameter("body", old.body())
        .setParameter("tags", String.join(" ", old.tags()))
        .setParameter("at", at)
        .executeUpdate();
    tx.session()
        .createNativeMutationQuery(
            "update question set title = :title, body = :body, tags = :tags, edited_at = :at,"
                + " version = version + 1 where id = :q")
        .setParameter("title", title)
        .setParameter("body", body)
        .setParameter("tags", String.join(" ", tags))
        .setParameter("at", at)
        .setParameter("q", old.id())
        .executeUpdate();
    setTags(old.id(), tags);
  }

  private void setTags(long questionId, List<String> tags) {
    tx.session()
        .createNativeMutationQuery("delete from question_tag where question_id = :q")
        .setParameter("q", questionId)
        .executeUpdate();
    for (String tag : tags) {
      tx.session()
          .createNativeMutationQuery("insert into question_tag (question_id, tag) values (:q, :t)")
          .setParameter("q", questionId)
          .setParameter("t", tag)
          .executeUpdate();
    }
  }

  public void accept(long questionId, long answerId) {
    tx.session()
        .createNativeMutationQuery(
            "update question set accepted_answer_id = :a, version = version + 1 where id = :q")
        .setParameter("a", answerId)
        .setParameter("q", questionId)
        .executeUpdate();
  }

  public long addAnswer(long questionId, long authorId, String body, Instant at) {
    AnswerEntity entity = new AnswerEntity();
    entity.questionId = questionId;
    entity.authorId = authorId;
    entity.body = body;
    entity.createdAt = at;
    tx.session().persist(entity);
    tx.session().flush();
    tx.session()
        .createNativeMutationQuery(
            "update question set answers_count = answers_count + 1,"
                + " first_answer_at = coalesce(first_answer_at, :at) where id = :q")
        .setParameter("at", at)
        .setParameter("q", questionId)
        .executeUpdate();
    return entity.id;
  }

  public Optional<AnswerRow> answer(long answerId) {
    return tx.session()
        .createNativeQuery(
            "select id, question_id, author_id, body, verified_by from answer where id = :id",
            Object[].class)
        .setParameter("id", answerId)
        .uniqueResultOptional()
        .map(
            r ->
                new AnswerRow(
                    number(r[0]), number(r[1]), number(r[2]), (String) r[3], r[4] != null));
  }

  public void updateAnswer(AnswerRow old, long editorId, String body, Instant at) {
    tx.session()
        .createNativeMutationQuery(
            "insert into qa_edit (question_id, answer_id, editor_id, body, replaced_at)"
                + " values (:q, :a, :e, :body, :at)")
        .setParameter("q", old.questionId())
        .setParameter("a", old.id())
        .setParameter("e", editorId)
        .setParameter("body", old.body())
        .setParameter("at", at)
        .executeUpdate();
    tx.session()
        .createNativeMutationQuery(
            "update answer set body = :body, edited_at = :at, version = version + 1"
                + " where id = :a")
        .setParameter("body", body)
        .setParameter("at", at)
        .setParameter("a", old.id())
        .executeUpdate();
  }

  /** Marks an answer verified, once: a second expert's verification changes nothing. */
  public void verify(long answerId, long expertId, Instant at) {
    tx.session()
        .createNativeMutationQuery(
            "update answer set verified_by = :e, verified_at = :at where id = :a"
                + " and verified_by is null")
        .setParameter("e", expertId)
        .setParameter("at", at)
        .setParameter("a", answerId)
        .executeUpdate();
  }

  /** Sets {@code personId}'s vote on an answer (0 withdraws it) and recounts the answer's score. */
  public int vote(long answerId, long personId, int value, Instant at) {
    tx.session()
        .createNativeMutationQuery(
            "delete from answer_vote where answer_id = :a and person_id = :p")
        .setParameter("a", answerId)
        .setParameter("p", personId)
        .executeUpdate();
    if (value != 0) {
      tx.session()
          .createNativeMutationQuery(
              "insert into answer_vote (answer_id, person_id, vote, voted_at)"
                  + " values (:a, :p, :v, :at)")
          .setParameter("a", answerId)
          .setParameter("p", personId)
          .setParameter("v", (short) value)
          .setParameter("at", at)
          .executeUpdate();
    }
    tx.session()
        .createNativeMutationQuery(
            "update answer set score = (select coalesce(sum(v.vote), 0) from answer_vote v"
                + " where v.answer_id = :a) where id = :a")
        .setParameter("a", answerId)
        .executeUpdate();
    return (int)
        number(
            tx.session()
                .createNativeQuery("select score from answer where id = :a", Object.class)
                .setParameter("a", answerId)
                .getSingleResult());
  }

  /** The answers of a question as {@code viewerId} sees them (their own votes), oldest first. */
  public List<Answer> answers(QuestionRow question, long viewerId, List<Comment> comments) {
    return tx
        .session()
        .createNativeQuery(
            "select a.id, p.username, p.display_name, p.title, a.body, a.created_at, a.edited_at,"
                + " a.score, (select v.vote from answer_vote v where v.answer_id = a.id"
                + " and v.person_id = :me), x.username, x.display_name, x.title, a.verified_at"
                + " from answer a join person p on p.id = a.author_id"
                + " left join person x on x.id = a.verified_by where a.question_id = :q"
                + " order by a.id",
            Object[].class)
        .setParameter("q", question.id())
        .setParameter("me", viewerId)
        .getResultList()
        .stream()
        .map(
            r -> {
              long id = number(r[0]);
              return new Answer(
                  id,
                  question.id(),
                  new PersonRef((String) r[1], (String) r[2], (String) r[3]),
                  (String) r[4],
                  null,
                  Columns.instant(r[5]),
                  r[6] == null ? null : Columns.instant(r[6]),
                  (int) number(r[7]),
                  r[8] == null ? 0 : (int) number(r[8]),
                  question.acceptedAnswerId() != null && question.acceptedAnswerId() == id,
                  r[9] == null
                      ? null
                      : new PersonRef((String) r[9], (String) r[10], (String) r[11]),
                  r[12] == null ? null : Columns.instant(r[12]),
                  comments.stream()
                      .filter(c -> c.answerId() != null && c.answerId() == id)
                      .toList());
            })
        .toList();
  }

  public long addComment(long questionId, Long answerId, long authorId, String body, Instant at) {
    CommentEntity entity = new CommentEntity();
    entity.questionId = questionId;
    entity.answerId = answerId;
    entity.authorId = authorId;
    entity.body = body;
    entity.createdAt = at;
    tx.session().persist(entity);
    tx.session().flush();
    return entity.id;
  }

  /** Every comment on a question and its answers, oldest first. */
  public List<Comment> comments(long questionId) {
    return tx
        .session()
        .createNativeQuery(
            "select c.id, c.answer_id, p.username, p.display_name, p.title, c.body, c.created_at"
                + " from qa_comment c join person p on p.id = c.author_id"
                + " where c.question_id = :q order by c.id",
            Object[].class)
        .setParameter("q", questionId)
        .getResultList()
        .stream()
        .map(
            r ->
                new Comment(
                    number(r[0]),
                    r[1] == null ? null : number(r[1]),
                    new PersonRef((String) r[2], (String) r[3], (String) r[4]),
                    (String) r[5],
                    Columns.instant(r[6])))
        .toList();
  }

  /** Earlier versions of a question ({@code answerId} null) or of one answer, newest first. */
  public List<Edit> edits(long questionId, Long answerId) {
    return tx
        .session()
        .createNativeQuery(
            "select p.username, p.display_name, p.title, e.title, e.body, e.tags, e.replaced_at"
                + " from qa_edit e join person p on p.id = e.editor_id where e.question_id = :q"
                + (answerId == null ? " and e.answer_id is null" : " and e.answer_id = :a")
                + " order by e.id desc",
            Object[].class)
        .setParameter("q", questionId)
        .setProperties(answerId == null ? java.util.Map.of() : java.util.Map.of("a", answerId))
        .getResultList()
        .stream()
        .map(
            r ->
                new Edit(
                    new PersonRef((String) r[0], (String) r[1], (String) r[2]),
                    (String) r[3],
                    (String) r[4],
                    r[5] == null ? null : tags((String) r[5]),
                    Columns.instant(r[6])))
        .toList();
  }

  /** The ids of a question's answers. */
  public List<Long> answerIds(long questionId) {
    return tx.session()
        .createNativeQuery("select id from answer where question_id = :q", Long.class)
        .setParameter("q", questionId)
        .getResultList();
  }

  /** The questions that the answers {@code answerIds} belong to. */
  public List<Long> questionIdsOfAnswers(Collection<Long> answerIds) {
    return tx.session()
        .createNativeQuery("select distinct question_id from answer where id in (:ids)", Long.class)
        .setParameterList("ids", answerIds)
        .getResultList();
  }

  /** How many questions ({@code type} question) or answers there are. */
  public long count(String type) {
    String table = type.equals("question") ? "question" : "answer";
    return tx.session()
        .createNativeQuery("select count(*) from " + table, Long.class)
        .getSingleResult();
  }

  /**
   * Questions and answers as documents for an index, in id order after {@code afterQuestionId}:
   * each question followed by its answers.
   */
  public List<QaDocument> documents(long afterQuestionId, int questions) {
    List<QuestionRow> rows =
        tx
            .session()
            .createNativeQuery(QUESTION + " where q.id > :after order by q.id", Object[].class)
            .setParameter("after", afterQuestionId)
            .setMaxResults(questions)
            .getResultList()
            .stream()
            .map(QaStore::questionRow)
            .toList();
    List<QaDocument> documents = new ArrayList<>();
    for (QuestionRow q : rows) {
      documents.addAll(documents(q));
    }
    return documents;
  }

  /** One question and its answers as documents. */
  public List<QaDocument> documents(QuestionRow q) {
    List<QaDocument> documents = new ArrayList<>();
    documents.add(
        new QaDocument(
            "question",
            q.id(),
            q.id(),
            q.spaceId(),
            q.space(),
            q.title(),
            q.title() + "\n" + q.body() + "\n" + String.join(" ", q.tags()),
            q.author().username(),
            q.createdAt(),
            q.acceptedAnswerId() != null,
            false));
    for (Answer a : answers(q, 0, List.of())) {
      documents.add(
          new QaDocument(
              "answer",
              a.id(),
              q.id(),
              q.spaceId(),
              q.space(),
              q.title(),
              a.body(),
              a.author().username(),
              a.createdAt(),
              a.accepted(),
              a.verified()));
    }
    return documents;
  }

  static List<String> tags(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(" "));
  }

  private static QuestionRow questionRow(Object[] r) {
    return new QuestionRow(
        number(r[0]),
        number(r[1]),
        (String) r[2],
        (String) r[3],
        number(r[4]),
        new PersonRef((String) r[5], (String) r[6], (String) r[7]),
        (String) r[8],
        (String) r[9],
        tags((String) r[10]),
        r[11] == null ? null : number(r[11]),
        (int) number(r[12]),
        Columns.instant(r[13]),
        r[14] == null ? null : Columns.instant(r[14]));
  }

  static long number(Object value) {
    return ((Number) value).longValue();
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
