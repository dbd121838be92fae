package org.sis.selectivesync.district;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A person enrolled in a calendar, keyed by the district's {@code enrollmentID}. Its parents at the
 * state are its person and its calendar. An enrollment flagged State Exclude or No Show is never
 * sent to the state.
 */
@Entity
@Table(name = "enrollment")
public class Enrollment {

  @Id
  @Column(name = "enrollment_id")
  private long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  /** The person's ID as stored, read without joining the person (the sync reads no more). */
  @Column(name = "person_id", insertable = false, updatable = false)
  private long personId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "calendar_id")
  private Calendar calendar;

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
  private String serviceType = "P";

  @Column(name = "state_exclude")
  private boolean stateExclude;

  @Column(name = "no_show")
  private boolean noShow;

  protected Enrollment() {}

  public Enrollment(long id, Person person, Calendar calendar, String grade, LocalDate start) {
    this.id = id;
    this.person = person;
    this.calendar = calendar;
    this.grade = grade;
    this.startDate = start;
  }

  public long getId() {
    return id;
  }

  public Person getPerson() {
    return person;
  }

  public Calendar getCalendar() {
    return calendar;
  }

  public String getGrade() {
    return grade;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public String getStartStatus() {
    return startStatus;
  }

  public void setStartStatus(String startStatus) {
    this.startStatus = startStatus;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public String getEndStatus() {
    return endStatus;
  }

  /** Ends the enrollment on a date with a withdrawal status. */
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

  public boolean isStateExclude() {
    return stateExclude;
  }

  public void setStateExclude(boolean stateExclude) {
    this.stateExclude = stateExclude;
  }

  public boolean isNoShow() {
    return noShow;
  }

  public void setNoShow(boolean noShow) {
    this.noShow = noShow;
  }
}
