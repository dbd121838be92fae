package org.sis.selectivesync.district;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A school of a district. A school excluded from state reporting sends none of its records. */
@Entity
@Table(name = "school")
public class School {

  @Id
  @Column(name = "school_id")
  private int id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "district_id")
  private District district;

  private String name;

  @Column(name = "state_school_number")
  private String stateSchoolNumber;

  @Column(name = "state_excluded")
  private boolean stateExcluded;

  protected School() {}

  public School(int id, District district, String name, String stateSchoolNumber) {
    this.id = id;
    this.district = district;
    this.name = name;
    this.stateSchoolNumber = stateSchoolNumber;
  }

  public int getId() {
    return id;
  }

  public District getDistrict() {
    return district;
  }

  public String getName() {
    return name;
  }

  public String getStateSchoolNumber() {
    return stateSchoolNumber;
  }

  public boolean isStateExcluded() {
    return stateExcluded;
  }

  public void setStateExcluded(boolean stateExcluded) {
    this.stateExcluded = stateExcluded;
  }
}
