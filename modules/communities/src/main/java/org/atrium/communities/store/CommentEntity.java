package org.atrium.communities.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment's row, mapped only to insert it. */
@Entity
@Table(name = "qa_comment")
class CommentEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "question_id", nullable = false)
  long questionId;

  @Column(name = "answer_id")
  Long answerId;

  @Column(name = "author_id", nullable = false)
  long authorId;

  @Column(nullable = false)
  String body;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;
}
