package org.sis.selectivesync.district;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One effective-dated version of a person's identity data (name, birth date, gender, race). */
@Entity
@Table(name = "person_identity")
public class Identity {

  @Id
  @Column(name = "identity_id")
  private long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

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

  protected Identity() {}

  public Identity(long id, LocalDate effectiveDate, PersonName name, LocalDate birthDate) {
    this.id = id;
    this.effectiveDate = effectiveDate;
    this.firstName = name.first();
    this.middleName = name.middle();
    this.lastName = name.last();
    this.birthDate = birthDate;
  }

  public long getId() {
    return id;
  }

  public Person getPerson() {
    return person;
  }

  void setPerson(Person person) {
    this.person = person;
  }

  public LocalDate getEffectiveDate() {
    return effectiveDate;
  }

  public PersonName getName() {
    return new PersonName(firstName, middleName, lastName);
  }

  public LocalDate getBirthDate() {
    return birthDate;
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
