package org.atrium.platform.auth.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "refresh_token")
class RefreshTokenEntity {
  @Id
  @Column(name = "token_hash")
  String tokenHash;

  @Column(name = "session_id", nullable = false)
  String sessionId;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "spent_at")
  Instant spentAt;
}
