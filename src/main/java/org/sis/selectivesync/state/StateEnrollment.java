package org.sis.selectivesync.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The state's copy of an enrollment, keyed by district and {@code enrollmentID}. */
@Entity
@Table(name = "state_enrollment")
@IdClass(StateKey.class)
public class StateEnrollment {

  @Id
  @Column(name = "district_id")
  private int districtId;

  @Id
  @Column(name = "enrollment_id")
  private long districtKey;

  @Column(name = "person_id")
  private long personId;

  @Column(name = "calendar_id")
  private long calendarId;

  private String grade;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "start_status")
  private String startStatus;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "end_status")
  private String endStatus;

  @Column(name = "service_type")
  private String serviceType;

  protected StateEnrollment() {}

  public StateEnrollment(StateKey key, long personId, long calendarId) {
    this.districtId = key.districtId();
    this.districtKey = key.districtKey();
    this.personId = personId;
    this.calendarId = calendarId;
  }

  public StateKey getKey() {
    return new StateKey(districtId, districtKey);
  }

  public long getPersonId() {
    return personId;
  }

  public long getCalendarId() {
    return calendarId;
  }

  /** Moves the enrollment to another person or calendar. */
  public void setParents(long personId, long calendarId) {
    this.personId = personId;
    this.calendarId = calendarId;
  }

  public String getGrade() {
    return grade;
  }

  public void setGrade(String grade) {
    this.grade = grade;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public String getStartStatus() {
    return startStatus;
  }

  /** Sets the start date and status. */
  public void start(LocalDate startDate, String startStatus) {
    this.startDate = startDate;
    this.startStatus = startStatus;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public String getEndStatus() {
    return endStatus;
  }

  /** Sets the end date and status; both {@code null} for an open enrollment. */
  public void end(LocalDate endDate, String endStatus) {
    this.endDate = endDate;
    this.endStatus = endStatus;
  }

  public String getServiceType() {
    return serviceType;
  }

  public void setServiceType(String serviceType) {
    this.serviceType = serviceType;
  }
}
