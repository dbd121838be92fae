package org.sis.selectivesync.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * The state's copy of a person, keyed by district and {@code personID}, carrying the state ID the
 * state assigned to the person.
 */
@Entity
@Table(name = "state_person")
@IdClass(StateKey.class)
public class StatePerson {

  @Id
  @Column(name = "district_id")
  private int districtId;

  @Id
  @Column(name = "person_id")
  private long districtKey;

  @Column(name = "state_id")
  private String stateId;

  @Column(name = "student_number")
  private String studentNumber;

  protected StatePerson() {}

  public StatePerson(StateKey key, String stateId, String studentNumber) {
    this.districtId = key.districtId();
    this.districtKey = key.districtKey();
    this.stateId = stateId;
    this.studentNumber = studentNumber;
  }

  public StateKey getKey() {
    return new StateKey(districtId, districtKey);
  }

  public String getStateId() {
    return stateId;
  }

  public String getStudentNumber() {
    return studentNumber;
  }
}
