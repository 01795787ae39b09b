package org.atrium.platform.auth.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "auth_session")
class AuthSessionEntity {
  @Id String id;

  @Column(name = "account_id", nullable = false)
  long accountId;

  @Column(nullable = false)
  String kind;

  @Column(name = "cookie_hash")
  String cookieHash;

  @Column(name = "csrf_token")
  String csrfToken;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "revoked_at")
  Instant revokedAt;
}
