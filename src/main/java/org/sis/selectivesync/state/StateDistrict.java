package org.sis.selectivesync.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The state's record of a district. */
@Entity
@Table(name = "state_district")
public class StateDistrict {

  @Id
  @Column(name = "district_id")
  private int districtId;

  private String name;

  @Column(name = "state_code")
  private String stateCode;

  protected StateDistrict() {}

  public StateDistrict(int districtId, String name, String stateCode) {
    this.districtId = districtId;
    this.name = name;
    this.stateCode = stateCode;
  }

  public int getDistrictId() {
    return districtId;
  }

  public String getName() {
    return name;
  }

  public String getStateCode() {
    return stateCode;
  }
}
