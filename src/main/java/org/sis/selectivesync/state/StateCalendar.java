package org.sis.selectivesync.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The state's copy of a calendar (one school year of one school). */
@Entity
@Table(name = "state_calendar")
@IdClass(StateKey.class)
public class StateCalendar {

  @Id
  @Column(name = "district_id")
  private int districtId;

  @Id
  @Column(name = "calendar_id")
  private long districtKey;

  @Column(name = "school_id")
  private long schoolId;

  @Column(name = "school_year")
  private int schoolYear;

  private String name;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  protected StateCalendar() {}

  public StateCalendar(StateKey key, long schoolId, int schoolYear, String name) {
    this.districtId = key.districtId();
    this.districtKey = key.districtKey();
    this.schoolId = schoolId;
    this.schoolYear = schoolYear;
    this.name = name;
  }

  public StateKey getKey() {
    return new StateKey(districtId, districtKey);
  }

  /** Replaces the school, school year and name. */
  public void update(long schoolId, int schoolYear, String name) {
    this.schoolId = schoolId;
    this.schoolYear = schoolYear;
    this.name = name;
  }

  public long getSchoolId() {
    return schoolId;
  }

  public int getSchoolYear() {
    return schoolYear;
  }

  public String getName() {
    return name;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  /** Sets the first and last day of the school year. */
  public void setDates(LocalDate startDate, LocalDate endDate) {
    this.startDate = startDate;
    this.endDate = endDate;
  }
}
