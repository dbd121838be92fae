package org.sis.selectivesync.edfi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;

/**
 * The rules that turn Ed-Fi identities into the district database's keys. Each is deterministic, so
 * that importing the same file again finds the same rows (see docs/edfi-import.md).
 */
final class DistrictKeys {

  /** District codes are unique within a district only; personIDs are unique in the database. */
  static final long PERSON_IDS_PER_DISTRICT = 1_000_000L;

  /** Enrollment IDs stay below 10^15, within the integers a JavaScript client keeps exact. */
  static final long ENROLLMENT_ID_RANGE = 1_000_000_000_000_000L;

  /** Identity rows of a person are numbered personID × 100 + 1, + 2, … */
  static final long IDENTITIES_PER_PERSON = 100;

  private DistrictKeys() {}

  /**
   * The personID of a student: districtID × 1,000,000 + the student's District code.
   *
   * @throws InvalidRecordException when the code is not a number below 1,000,000
   */
  static long personId(int districtId, String studentUniqueId, String districtCode) {
    if (!districtCode.matches("\\d{1,6}")) {
      throw new InvalidRecordException(
          ImportError.DISTRICT_CODE_NOT_A_NUMBER, studentUniqueId, districtCode);
    }
    return districtId * PERSON_IDS_PER_DISTRICT + Long.parseLong(districtCode);
  }

  /** The first identity row of a person. */
  static long firstIdentityId(long personId) {
    return personId * IDENTITIES_PER_PERSON + 1;
  }

  /**
   * The enrollmentID of a StudentSchoolAssociation: the first 8 bytes of SHA-256 over {@code
   * districtID|StudentUniqueId|SchoolId|EntryDate}, as a non-negative number modulo 10^15.
   */
  static long enrollmentId(
      int districtId, String studentUniqueId, int schoolId, LocalDate entryDate) {
    String identity = districtId + "|" + studentUniqueId + "|" + schoolId + "|" + entryDate;
    byte[] digest = sha256(identity.getBytes(StandardCharsets.UTF_8));
    long value = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      value = (value << Byte.SIZE) | (digest[i] & 0xff);
    }
    return (value & Long.MAX_VALUE) % ENROLLMENT_ID_RANGE;
  }

  /**
   * The preferred calendarID of a school year: (SchoolId mod 1,000,000) × 100 + (year mod 100),
   * e.g. 90310722 for school 255903107 in 2021-22.
   */
  static int preferredCalendarId(int schoolId, int schoolYear) {
    return (schoolId % 1_000_000) * 100 + schoolYear % 100;
  }

  /** The school year (the calendar year it ends in) of a date: August to July. */
  static int schoolYear(LocalDate date) {
    return date.getMonthValue() >= 8 ? date.getYear() + 1 : date.getYear();
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
