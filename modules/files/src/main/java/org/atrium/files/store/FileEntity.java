package org.atrium.files.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "stored_file")
class FileEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "space_id", nullable = false)
  long spaceId;

  @Column(nullable = false)
  String name;

  @Column(name = "created_by", nullable = false)
  long createdBy;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "deleted_by")
  Long deletedBy;

  @Column(name = "deleted_at")
  Instant deletedAt;
}
