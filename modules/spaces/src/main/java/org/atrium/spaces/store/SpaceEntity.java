package org.atrium.spaces.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "space")
class SpaceEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false)
  String slug;

  @Column(nullable = false)
  String name;

  String description;

  @Column(nullable = false)
  String visibility;

  @Column(nullable = false)
  String kind;

  @Column(name = "created_by", nullable = false)
  long createdBy;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  @Column(name = "archived_at")
  Instant archivedAt;

  @Version long version;
}
