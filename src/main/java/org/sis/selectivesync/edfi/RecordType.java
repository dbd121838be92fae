package org.sis.selectivesync.edfi;

/** The records of the district database an import writes, for its counts. */
public enum RecordType {
  DISTRICT,
  SCHOOL,
  STUDENT,
  PERSON,
  IDENTITY,
  CALENDAR,
  ENROLLMENT
}
