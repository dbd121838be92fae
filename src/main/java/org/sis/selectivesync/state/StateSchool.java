package org.sis.selectivesync.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The state's copy of a school, keyed by district and the district's school ID. */
@Entity
@Table(name = "state_school")
@IdClass(StateKey.class)
public class StateSchool {

  @Id
  @Column(name = "district_id")
  private int districtId;

  @Id
  @Column(name = "school_id")
  private long districtKey;

  private String name;

  @Column(name = "state_school_number")
  private String stateSchoolNumber;

  protected StateSchool() {}

  public StateSchool(StateKey key, String name, String stateSchoolNumber) {
    this.districtId = key.districtId();
    this.districtKey = key.districtKey();
    this.name = name;
    this.stateSchoolNumber = stateSchoolNumber;
  }

  public StateKey getKey() {
    return new StateKey(districtId, districtKey);
  }

  public String getName() {
    return name;
  }

  public String getStateSchoolNumber() {
    return stateSchoolNumber;
  }

  /** Replaces the name and state school number. */
  public void update(String name, String stateSchoolNumber) {
    this.name = name;
    this.stateSchoolNumber = stateSchoolNumber;
  }
}
