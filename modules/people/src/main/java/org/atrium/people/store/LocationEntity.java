package org.atrium.people.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "location")
class LocationEntity {
  @Id Long id;

  @Column(nullable = false)
  String name;

  @Column(nullable = false)
  String country;

  @Column(name = "time_zone", nullable = false)
  String timeZone;
}
