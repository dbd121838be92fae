package org.sis.selectivesync.verify;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.sis.selectivesync.sync.SyncObject;

/**
 * The read-only queries that give, per key and in key order, a hash of exactly the columns the sync
 * engine copies ({@code sync.PersonIdentityCopy}, {@code EnrollmentCopy}, {@code ParentCopy}), so
 * that a record verifies as matched right after it was synced. Each query takes the district ID as
 * its one parameter and returns {@code (key, stateId, hash)}.
 *
 * <p>The district side leaves out what the sync never sends: schools and calendars excluded from
 * state reporting, and enrollments flagged State Exclude or No Show or in an excluded school or
 * calendar. If the state holds such a record it is reported as only at the state. The columns are
 * joined with a separator, NULL as a marker of its own and dates as {@code YYYY-MM-DD}, so the text
 * and with it the hash are the same on H2 and PostgreSQL.
 */
final class HashQueries {

  /** Separates columns in the hashed text (ASCII unit separator). */
  private static final String COLUMN = "'\u001F'";

  /** Separates child rows in the hashed text (ASCII group separator). */
  private static final String ROW = "'\u001D'";

  /** Stands for NULL in the hashed text (ASCII record separator). */
  private static final String NULL = "'\u001E'";

  private final SqlDialect dialect;

  HashQueries(SqlDialect dialect) {
    this.dialect = dialect;
  }

  /** The query of the district side of an object. */
  String district(SyncObject object) {
    return switch (object) {
      case SCHOOL ->
          "SELECT school_id, "
              + noStateId()
              + ", "
              + dialect.hash(columns("name", "state_school_number"))
              + " FROM school WHERE district_id = ? AND state_excluded = FALSE"
              + " ORDER BY school_id";
      case CALENDAR ->
          "SELECT c.calendar_id, "
              + noStateId()
              + ", "
              + dialect.hash(calendarColumns("c"))
              + " FROM calendar c JOIN school s ON s.school_id = c.school_id"
              + " WHERE s.district_id = ? AND s.state_excluded = FALSE"
              + " AND c.state_excluded = FALSE ORDER BY c.calendar_id";
      case PERSON_IDENTITY ->
          "SELECT p.person_id, p.state_id, "
              + dialect.hash(personText("p", "i"))
              + " FROM person p LEFT JOIN person_identity i ON i.person_id = p.person_id"
              + " WHERE p.district_id = ?"
              + " GROUP BY p.person_id, p.student_number, p.state_id ORDER BY p.person_id";
      case ENROLLMENT ->
          "SELECT e.enrollment_id, "
              + noStateId()
              + ", "
              + dialect.hash(enrollmentColumns("e"))
              + " FROM enrollment e JOIN calendar c ON c.calendar_id = e.calendar_id"
              + " JOIN school s ON s.school_id = c.school_id"
              + " WHERE s.district_id = ? AND e.state_exclude = FALSE AND e.no_show = FALSE"
              + " AND c.state_excluded = FALSE AND s.state_excluded = FALSE"
              + " ORDER BY e.enrollment_id";
      default -> throw unsupported(object);
    };
  }

  /** The query of the state side of an object. */
  String state(SyncObject object) {
    return switch (object) {
      case SCHOOL ->
          "SELECT school_id, "
              + noStateId()
              + ", "
              + dialect.hash(columns("name", "state_school_number"))
              + " FROM state_school WHERE district_id = ? ORDER BY school_id";
      case CALENDAR ->
          "SELECT c.calendar_id, "
              + noStateId()
              + ", "
              + dialect.hash(calendarColumns("c"))
              + " FROM state_calendar c WHERE c.district_id = ? ORDER BY c.calendar_id";
      case PERSON_IDENTITY ->
          "SELECT p.person_id, p.state_id, "
              + dialect.hash(personText("p", "i"))
              + " FROM state_person p LEFT JOIN state_identity i"
              + " ON i.district_id = p.district_id AND i.person_id = p.person_id"
              + " WHERE p.district_id = ?"
              + " GROUP BY p.person_id, p.student_number, p.state_id ORDER BY p.person_id";
      case ENROLLMENT ->
          "SELECT e.enrollment_id, "
              + noStateId()
              + ", "
              + dialect.hash(enrollmentColumns("e"))
              + " FROM state_enrollment e WHERE e.district_id = ? ORDER BY e.enrollment_id";
      default -> throw unsupported(object);
    };
  }

  private static String calendarColumns(String c) {
    return columns(
        c + ".school_id",
        c + ".school_year",
        c + ".name",
        date(c + ".start_date"),
        date(c + ".end_date"));
  }

  private static String enrollmentColumns(String e) {
    return columns(
        e + ".person_id",
        e + ".calendar_id",
        e + ".grade",
        date(e + ".start_date"),
        e + ".start_status",
        date(e + ".end_date"),
        e + ".end_status",
        e + ".service_type");
  }

  /**
   * The student number, then every identity row in identity ID order; a person without identity
   * rows hashes its student number and an empty list.
   */
  private static String personText(String p, String i) {
    String identityRow =
        columns(
            i + ".identity_id",
            date(i + ".effective_date"),
            i + ".first_name",
            i + ".middle_name",
            i + ".last_name",
            date(i + ".birth_date"),
            i + ".gender",
            i + ".race_ethnicity");
    String rows =
        "STRING_AGG(CASE WHEN "
            + i
            + ".identity_id IS NOT NULL THEN "
            + identityRow
            + " END, "
            + ROW
            + " ORDER BY "
            + i
            + ".identity_id)";
    return columns(p + ".student_number") + " || " + COLUMN + " || COALESCE(" + rows + ", '')";
  }

  private static String columns(String... expressions) {
    return Arrays.stream(expressions)
        .map(e -> "COALESCE(CAST(" + e + " AS VARCHAR(200)), " + NULL + ")")
        .collect(Collectors.joining(" || " + COLUMN + " || "));
  }

  private static String date(String column) {
    return "TO_CHAR(" + column + ", 'YYYY-MM-DD')";
  }

  private static String noStateId() {
    return "CAST(NULL AS VARCHAR(30))";
  }

  private static IllegalArgumentException unsupported(SyncObject object) {
    return new IllegalArgumentException("No verification of " + object.displayName());
  }
}
