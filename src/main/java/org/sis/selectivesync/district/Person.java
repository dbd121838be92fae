package org.sis.selectivesync.district;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A person of a district, keyed by the district's {@code personID}. Their name, birth date and
 * other identity data live in effective-dated {@link Identity} rows; the current one is the row
 * with the latest effective date.
 */
@Entity
@Table(name = "person")
public class Person {

  @Id
  @Column(name = "person_id")
  private long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "district_id")
  private District district;

  @Column(name = "student_number")
  private String studentNumber;

  @Column(name = "state_id")
  private String stateId;

  @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("effectiveDate")
  private List<Identity> identities = new ArrayList<>();

  protected Person() {}

  public Person(long id, District district, String studentNumber, String stateId) {
    this.id = id;
    this.district = district;
    this.studentNumber = studentNumber;
    this.stateId = stateId;
  }

  public long getId() {
    return id;
  }

  public District getDistrict() {
    return district;
  }

  public String getStudentNumber() {
    return studentNumber;
  }

  public String getStateId() {
    return stateId;
  }

  public List<Identity> getIdentities() {
    return identities;
  }

  /** Adds an identity row to this person and returns it. */
  public Identity addIdentity(Identity identity) {
    identity.setPerson(this);
    identities.add(identity);
    return identity;
  }

  /** The identity in effect now: the one with the latest effective date, if any. */
  public Optional<Identity> currentIdentity() {
    return identities.stream().max(Comparator.comparing(Identity::getEffectiveDate));
  }
}
