package org.sis.selectivesync.edfi;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Ed-Fi interchanges the importer reads, in the order a set of files is imported: schools
 * before the students, students before their enrollments.
 */
public enum Interchange {
  EDUCATION_ORGANIZATION("InterchangeEducationOrganization"),
  STUDENT("InterchangeStudent"),
  STUDENT_ENROLLMENT("InterchangeStudentEnrollment");

  private final String rootElement;

  Interchange(String rootElement) {
    this.rootElement = rootElement;
  }

  /** The interchange whose document element has this local name. */
  static Optional<Interchange> ofRoot(String localName) {
    return Arrays.stream(values()).filter(i -> i.rootElement.equals(localName)).findFirst();
  }
}
