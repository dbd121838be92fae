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
 * One school year of one school. Enrollments belong to a calendar; a calendar excluded from state
 * reporting sends none of its enrollments.
 */
@Entity
@Table(name = "calendar")
public class Calendar {

  @Id
  @Column(name = "calendar_id")
  private int id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_id")
  private School school;

  @Column(name = "school_year")
  private int schoolYear;

  private String name;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "state_excluded")
  private boolean stateExcluded;

  protected Calendar() {}

  public Calendar(int id, School school, int schoolYear, String name) {
    this.id = id;
    this.school = school;
    this.schoolYear = schoolYear;
    this.name = name;
  }

  public int getId() {
    return id;
  }

  public School getSchool() {
    return school;
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

  public boolean isStateExcluded() {
    return stateExcluded;
  }

  public void setStateExcluded(boolean stateExcluded) {
    this.stateExcluded = stateExcluded;
  }
}
