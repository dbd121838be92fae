package org.sis.selectivesync.district;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A school district of the host SIS: the scope of a district user and of a sync request. */
@Entity
@Table(name = "district")
public class District {

  @Id
  @Column(name = "district_id")
  private int id;

  private String name;

  @Column(name = "state_code")
  private String stateCode;

  protected District() {}

  public District(int id, String name, String stateCode) {
    this.id = id;
    this.name = name;
    this.stateCode = stateCode;
  }

  public int getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getStateCode() {
    return stateCode;
  }
}
