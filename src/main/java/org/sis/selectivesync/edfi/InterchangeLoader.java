package org.sis.selectivesync.edfi;

import java.sql.SQLException;

/** Reads one kind of interchange into the district tables. */
interface InterchangeLoader {

  /** Reads the whole file (in as many passes as needed) and writes its valid records. */
  void load(FileImport file) throws SQLException;

  /** The loader of an interchange. */
  static InterchangeLoader of(Interchange interchange) {
    return switch (interchange) {
      case EDUCATION_ORGANIZATION -> new EducationOrganizationLoader();
      case STUDENT -> new StudentLoader();
      case STUDENT_ENROLLMENT -> new StudentEnrollmentLoader();
    };
  }
}
