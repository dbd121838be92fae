package org.sis.selectivesync.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.sis.selectivesync.district.PersonName;

/** The state's copy of one identity row of a person, keyed by district and identity ID. */
@Entity
@Table(name = "state_identity")
@IdClass(StateKey.class)
public class StateIdentity {

  @Id
  @Column(name = "district_id")
  private int districtId;

  @Id
  @Column(name = "identity_id")
  private long districtKey;

  @Column(name = "person_id")
  private long personId;

  @Column(name = "effective_date")
  private LocalDate effectiveDate;

  @Column(name = "first_name")
  private String firstName;

  @Column(name = "middle_name")
  private String middleName;

  @Column(name = "last_name")
  private String lastName;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  private String gender;

  @Column(name = "race_ethnicity")
  private String raceEthnicity;

  protected StateIdentity() {}

  public StateIdentity(StateKey key, long personId) {
    this.districtId = key.districtId();
    this.districtKey = key.districtKey();
    this.personId = personId;
  }

  public StateKey getKey() {
    return new StateKey(districtId, districtKey);
  }

  public long getPersonId() {
    return personId;
  }

  public LocalDate getEffectiveDate() {
    return effectiveDate;
  }

  public void setEffectiveDate(LocalDate effectiveDate) {
    this.effectiveDate = effectiveDate;
  }

  public PersonName getName() {
    return new PersonName(firstName, middleName, lastName);
  }

  /** Replaces the name of this identity row. */
  public void setName(PersonName name) {
    this.firstName = name.first();
    this.middleName = name.middle();
    this.lastName = name.last();
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getGender() {
    return gender;
  }

  public String getRaceEthnicity() {
    return raceEthnicity;
  }

  /** Sets the demographic codes of this identity row. */
  public void setDemographics(String gender, String raceEthnicity) {
    this.gender = gender;
    this.raceEthnicity = raceEthnicity;
  }
}
