package org.atrium.communities.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A question's row, mapped only to insert it; everything else reads and writes by SQL. */
@Entity
@Table(name = "question")
class QuestionEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "space_id", nullable = false)
  long spaceId;

  @Column(name = "author_id", nullable = false)
  long authorId;

  @Column(nullable = false)
  String title;

  @Column(nullable = false)
  String body;

  @Column(nullable = false)
  String tags;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;
}
