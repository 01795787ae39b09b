package org.atrium.platform.auth.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "signing_key")
class SigningKeyEntity {
  @Id String kid;

  @Column(nullable = false)
  String secret;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;
}
