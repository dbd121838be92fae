package org.sis.selectivesync.sync;

import java.io.Serializable;
import java.util.List;

/**
 * A person the ID lookup found, with the IDs a user may add to a sync: the personID and the
 * enrollmentIDs. Holds a student's name: personal data, never logged above FINE.
 *
 * @param personId the district personID
 * @param name the current name in list form ({@code Last, First Middle})
 * @param studentNumber the district's student number, or {@code null}
 * @param enrollments the person's enrollments, newest school year first
 */
public record PersonMatch(
    long personId, String name, String studentNumber, List<EnrollmentChoice> enrollments)
    implements Serializable {

  /**
   * One enrollment of a found person.
   *
   * @param enrollmentId the district enrollmentID
   * @param school the school's name
   * @param schoolYear the calendar's school year (the year it ends in)
   * @param grade the enrollment grade
   */
  public record EnrollmentChoice(long enrollmentId, String school, int schoolYear, String grade)
      implements Serializable {}
}
