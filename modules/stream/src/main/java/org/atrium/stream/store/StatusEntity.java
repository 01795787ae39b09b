package org.atrium.stream.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "status")
class StatusEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "author_id", nullable = false)
  long authorId;

  @Column(name = "space_id")
  Long spaceId;

  @Column(name = "in_reply_to_id")
  Long inReplyToId;

  @Column(name = "thread_root_id")
  Long threadRootId;

  @Column(nullable = false)
  String text;

  @Column(nullable = false)
  String content;

  @Column(name = "favourites_count", nullable = false)
  int favouritesCount;

  @Column(name = "replies_count", nullable = false)
  int repliesCount;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "edited_at")
  Instant editedAt;

  @Column(name = "deleted_at")
  Instant deletedAt;
}
