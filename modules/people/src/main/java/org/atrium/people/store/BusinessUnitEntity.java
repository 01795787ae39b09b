package org.atrium.people.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "business_unit")
class BusinessUnitEntity {
  @Id Long id;

  @Column(nullable = false)
  String code;

  @Column(nullable = false)
  String name;

  @Column(name = "head_id")
  Long headId;
}
