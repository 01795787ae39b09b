package org.atrium.people.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "person")
class PersonEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false)
  String username;

  @Column(nullable = false)
  String email;

  @Column(name = "display_name", nullable = false)
  String displayName;

  @Column(name = "name_key", nullable = false)
  String nameKey;

  String title;

  @Column(name = "business_unit_id")
  Long businessUnitId;

  String department;

  @Column(name = "location_id")
  Long locationId;

  @Column(name = "time_zone")
  String timeZone;

  @Column(name = "manager_id")
  Long managerId;

  String about;

  @Column(name = "ask_me_about")
  String askMeAbout;

  @Column(nullable = false)
  String role;

  @Column(nullable = false)
  String status;

  @Column(name = "password_hash")
  String passwordHash;

  @Column(nullable = false)
  boolean demo;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  @Version long version;
}
