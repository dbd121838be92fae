package org.sis.selectivesync.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Fills an empty state database from the demo's district data with deliberate, deterministic drift,
 * so that every sync outcome occurs on real records. The rules go by the District code of a person
 * (personID mod 20, the same as its District code mod 20) and are listed with their counts in
 * docs/demo-data.md. It also sets the host flags the drift needs in the district database (State
 * Exclude, No Show, one excluded school): only the demo writes there, standing in for the host.
 *
 * <p>Rows are streamed from the district database and written in JDBC batches in one state
 * transaction.
 */
public final class DriftedStateCopy {

  /** Drift of a person: its District code mod 20. */
  static final int LAST_NAME_DIFFERS = 2;

  static final int MISSING_AT_STATE = 3;
  static final int EXTRA_IDENTITY_AT_STATE = 4;
  static final int BIRTH_DATE_DIFFERS = 5;
  static final int GRADE_DIFFERS = 6;
  static final int END_DATE_DIFFERS = 7;
  static final int ENROLLMENT_MISSING = 8;
  static final int STATE_EXCLUDE = 9;
  static final int NO_SHOW = 10;

  /** Bear Creek Middle School: its calendar is missing at the state. */
  static final int SCHOOL_WITHOUT_STATE_CALENDAR = 255903044;

  /** Lakeside Middle School: excluded from state reporting at the district. */
  static final int EXCLUDED_SCHOOL = 255902044;

  private static final int MODULUS = 20;
  private static final int BATCH_SIZE = 500;
  private static final long EXTRA_IDENTITY_OFFSET = 99;
  private static final List<String> GRADES =
      List.of("KG", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12");

  /** What the copy wrote, for the log. */
  public enum Copied {
    DISTRICTS,
    SCHOOLS,
    CALENDARS,
    PERSONS,
    IDENTITIES,
    ENROLLMENTS
  }

  private final DataSource district;
  private final DataSource state;

  public DriftedStateCopy(DataSource district, DataSource state) {
    this.district = district;
    this.state = state;
  }

  /** Sets the district flags, then copies; returns how many rows of each kind the state got. */
  public Map<Copied, Integer> apply() throws SQLException {
    flagDistrictRecords();
    Map<Copied, Integer> counts = new EnumMap<>(Copied.class);
    try (Connection from = district.getConnection();
        Connection to = state.getConnection()) {
      boolean autoCommit = to.getAutoCommit();
      to.setAutoCommit(false);
      try {
        copyAll(from, to, counts);
        to.commit();
      } catch (SQLException | RuntimeException e) {
        to.rollback();
        throw e;
      } finally {
        to.setAutoCommit(autoCommit);
      }
    }
    return counts;
  }

  private void flagDistrictRecords() throws SQLException {
    try (Connection connection = district.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "UPDATE enrollment SET state_exclude = TRUE WHERE MOD(person_id, 20) = " + STATE_EXCLUDE);
      statement.executeUpdate(
          "UPDATE enrollment SET no_show = TRUE WHERE MOD(person_id, 20) = " + NO_SHOW);
      statement.executeUpdate(
          "UPDATE school SET state_excluded = TRUE WHERE school_id = " + EXCLUDED_SCHOOL);
    }
  }

  private void copyAll(Connection from, Connection to, Map<Copied, Integer> counts)
      throws SQLException {
    counts.put(Copied.DISTRICTS, copy(from, to, districts()));
    counts.put(Copied.SCHOOLS, copy(from, to, schools()));
    counts.put(Copied.CALENDARS, copy(from, to, calendars()));
    counts.put(Copied.PERSONS, copy(from, to, persons()));
    counts.put(Copied.IDENTITIES, copy(from, to, identities()) + copy(from, to, extraIdentities()));
    counts.put(Copied.ENROLLMENTS, copy(from, to, enrollments()));
  }

  /** A query on the district side and the insert of each of its rows on the state side. */
  private record Transfer(String select, String insert, RowMapper mapper) {}

  @FunctionalInterface
  private interface RowMapper {
    Object[] values(ResultSet row) throws SQLException;
  }

  private static int copy(Connection from, Connection to, Transfer transfer) throws SQLException {
    int count = 0;
    try (Statement select = from.createStatement();
        ResultSet rows = select.executeQuery(transfer.select());
        PreparedStatement insert = to.prepareStatement(transfer.insert())) {
      while (rows.next()) {
        bind(insert, transfer.mapper().values(rows));
        insert.addBatch();
        if (++count % BATCH_SIZE == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    return count;
  }

  private static Transfer districts() {
    return new Transfer(
        "SELECT district_id, name, state_code FROM district ORDER BY district_id",
        "INSERT INTO state_district (district_id, name, state_code) VALUES (?, ?, ?)",
        row -> new Object[] {row.getInt(1), row.getString(2), row.getString(3)});
  }

  private static Transfer schools() {
    return new Transfer(
        "SELECT district_id, school_id, name, state_school_number FROM school"
            + " WHERE state_excluded = FALSE ORDER BY school_id",
        "INSERT INTO state_school (district_id, school_id, name, state_school_number)"
            + " VALUES (?, ?, ?, ?)",
        row -> new Object[] {row.getInt(1), row.getLong(2), row.getString(3), row.getString(4)});
  }

  private static Transfer calendars() {
    return new Transfer(
        "SELECT s.district_id, c.calendar_id, c.school_id, c.school_year, c.name, c.start_date,"
            + " c.end_date FROM calendar c JOIN school s ON s.school_id = c.school_id"
            + " WHERE s.state_excluded = FALSE AND c.state_excluded = FALSE"
            + " AND c.school_id <> "
            + SCHOOL_WITHOUT_STATE_CALENDAR
            + " ORDER BY c.calendar_id",
        "INSERT INTO state_calendar (district_id, calendar_id, school_id, school_year, name,"
            + " start_date, end_date) VALUES (?, ?, ?, ?, ?, ?, ?)",
        row ->
            new Object[] {
              row.getInt(1),
              row.getLong(2),
              row.getLong(3),
              row.getInt(4),
              row.getString(5),
              row.getObject(6, LocalDate.class),
              row.getObject(7, LocalDate.class)
            });
  }

  private static Transfer persons() {
    return new Transfer(
        "SELECT district_id, person_id, state_id, student_number FROM person"
            + " WHERE MOD(person_id, 20) <> "
            + MISSING_AT_STATE
            + " ORDER BY person_id",
        "INSERT INTO state_person (district_id, person_id, state_id, student_number)"
            + " VALUES (?, ?, ?, ?)",
        row -> new Object[] {row.getInt(1), row.getLong(2), row.getString(3), row.getString(4)});
  }

  private static final String IDENTITY_COLUMNS =
      "p.district_id, i.identity_id, i.person_id, i.effective_date, i.first_name, i.middle_name,"
          + " i.last_name, i.birth_date, i.gender, i.race_ethnicity";

  private static final String INSERT_IDENTITY =
      "INSERT INTO state_identity (district_id, identity_id, person_id, effective_date,"
          + " first_name, middle_name, last_name, birth_date, gender, race_ethnicity)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static Transfer identities() {
    return new Transfer(
        "SELECT "
            + IDENTITY_COLUMNS
            + " FROM person_identity i"
            + " JOIN person p ON p.person_id = i.person_id"
            + " WHERE MOD(i.person_id, 20) <> "
            + MISSING_AT_STATE
            + " ORDER BY i.identity_id",
        INSERT_IDENTITY,
        DriftedStateCopy::driftedIdentity);
  }

  private static Object[] driftedIdentity(ResultSet row) throws SQLException {
    long personId = row.getLong(3);
    String lastName = row.getString(7);
    LocalDate birthDate = row.getObject(8, LocalDate.class);
    long rule = personId % MODULUS;
    if (rule == LAST_NAME_DIFFERS) {
      lastName =
          lastName.length() > 1 ? lastName.substring(0, lastName.length() - 1) : lastName + "x";
    } else if (rule == BIRTH_DATE_DIFFERS && birthDate != null) {
      birthDate = birthDate.plusDays(3);
    }
    return new Object[] {
      row.getInt(1),
      row.getLong(2),
      personId,
      row.getObject(4, LocalDate.class),
      row.getString(5),
      row.getString(6),
      lastName,
      birthDate,
      row.getString(9),
      row.getString(10)
    };
  }

  /** A later identity row at the state, with an older spelling, that the district never had. */
  private static Transfer extraIdentities() {
    return new Transfer(
        "SELECT "
            + IDENTITY_COLUMNS
            + " FROM person_identity i"
            + " JOIN person p ON p.person_id = i.person_id"
            + " WHERE MOD(i.person_id, 20) = "
            + EXTRA_IDENTITY_AT_STATE
            + " AND i.identity_id = i.person_id * 100 + 1 ORDER BY i.identity_id",
        INSERT_IDENTITY,
        row ->
            new Object[] {
              row.getInt(1),
              row.getLong(3) * 100 + EXTRA_IDENTITY_OFFSET,
              row.getLong(3),
              LocalDate.of(2020, 1, 6),
              row.getString(5),
              row.getString(6),
              row.getString(7) + "-Old",
              row.getObject(8, LocalDate.class),
              row.getString(9),
              row.getString(10)
            });
  }

  private static Transfer enrollments() {
    return new Transfer(
        "SELECT s.district_id, e.enrollment_id, e.person_id, e.calendar_id, e.grade, e.start_date,"
            + " e.start_status, e.end_date, e.end_status, e.service_type FROM enrollment e"
            + " JOIN calendar c ON c.calendar_id = e.calendar_id"
            + " JOIN school s ON s.school_id = c.school_id"
            + " WHERE s.state_excluded = FALSE AND c.state_excluded = FALSE"
            + " AND c.school_id <> "
            + SCHOOL_WITHOUT_STATE_CALENDAR
            + " AND e.state_exclude = FALSE AND e.no_show = FALSE"
            + " AND MOD(e.person_id, 20) NOT IN ("
            + MISSING_AT_STATE
            + ", "
            + ENROLLMENT_MISSING
            + ")"
            + " ORDER BY e.enrollment_id",
        "INSERT INTO state_enrollment (district_id, enrollment_id, person_id, calendar_id, grade,"
            + " start_date, start_status, end_date, end_status, service_type)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        DriftedStateCopy::driftedEnrollment);
  }

  private static Object[] driftedEnrollment(ResultSet row) throws SQLException {
    long rule = row.getLong(3) % MODULUS;
    String grade = row.getString(5);
    LocalDate start = row.getObject(6, LocalDate.class);
    LocalDate end = row.getObject(8, LocalDate.class);
    String endStatus = row.getString(9);
    if (rule == GRADE_DIFFERS) {
      grade = otherGrade(grade);
    } else if (rule == END_DATE_DIFFERS) {
      end = end == null ? start.plusDays(90) : end.minusDays(7);
      endStatus = endStatus == null ? "TRANSFERRED" : endStatus;
    }
    return new Object[] {
      row.getInt(1),
      row.getLong(2),
      row.getLong(3),
      row.getLong(4),
      grade,
      start,
      row.getString(7),
      end,
      endStatus,
      row.getString(10)
    };
  }

  /** The next grade up, or the one below for the last. */
  static String otherGrade(String grade) {
    int index = GRADES.indexOf(grade);
    if (index < 0) {
      return "01";
    }
    return index + 1 < GRADES.size() ? GRADES.get(index + 1) : GRADES.get(index - 1);
  }

  private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        statement.setNull(i + 1, Types.NULL);
      } else if (values[i] instanceof LocalDate date) {
        statement.setObject(i + 1, date, Types.DATE);
      } else {
        statement.setObject(i + 1, values[i]);
      }
    }
  }
}
