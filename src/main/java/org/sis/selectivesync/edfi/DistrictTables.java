package org.sis.selectivesync.edfi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads and writes the district tables for one file's import, on one connection and transaction.
 * Every write first compares with the row already there and changes nothing when both are equal, so
 * a repeated import writes no row. Person, identity, student and enrollment rows go out in JDBC
 * batches; call {@link #flush()} before reading rows written in the same file.
 */
final class DistrictTables implements AutoCloseable {

  private final Connection connection;
  private final int batchSize;
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  private final SortedMap<Integer, Set<PreparedStatement>> pending = new TreeMap<>();
  private final Map<String, Integer> calendars = new HashMap<>();
  private int batched;

  DistrictTables(Connection connection, int batchSize) {
    this.connection = connection;
    this.batchSize = batchSize;
  }

  boolean districtExists(int districtId) throws SQLException {
    return exists("SELECT 1 FROM district WHERE district_id = ?", districtId);
  }

  /** Inserts or updates a district; true when a row changed. */
  boolean putDistrict(int districtId, String name, String stateCode) throws SQLException {
    PreparedStatement select =
        statement("SELECT name, state_code FROM district WHERE district_id = ?");
    select.setInt(1, districtId);
    try (ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        return update(
            "INSERT INTO district (name, state_code, district_id) VALUES (?, ?, ?)",
            name,
            stateCode,
            districtId);
      }
      if (name.equals(row.getString(1)) && stateCode.equals(row.getString(2))) {
        return false;
      }
    }
    return update(
        "UPDATE district SET name = ?, state_code = ? WHERE district_id = ?",
        name,
        stateCode,
        districtId);
  }

  /** The district of a school, if the school exists. */
  Optional<Integer> schoolDistrict(int schoolId) throws SQLException {
    PreparedStatement select = statement("SELECT district_id FROM school WHERE school_id = ?");
    select.setInt(1, schoolId);
    try (ResultSet row = select.executeQuery()) {
      return row.next() ? Optional.of(row.getInt(1)) : Optional.empty();
    }
  }

  /** Inserts or updates a school (never its State Exclude flag); true when a row changed. */
  boolean putSchool(int schoolId, int districtId, String name, String stateNumber)
      throws SQLException {
    PreparedStatement select =
        statement("SELECT name, state_school_number FROM school WHERE school_id = ?");
    select.setInt(1, schoolId);
    try (ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        return update(
            "INSERT INTO school (district_id, name, state_school_number, school_id)"
                + " VALUES (?, ?, ?, ?)",
            districtId,
            name,
            stateNumber,
            schoolId);
      }
      if (name.equals(row.getString(1)) && stateNumber.equals(row.getString(2))) {
        return false;
      }
    }
    return update(
        "UPDATE school SET district_id = ?, name = ?, state_school_number = ? WHERE school_id = ?",
        districtId,
        name,
        stateNumber,
        schoolId);
  }

  Optional<StagedStudent> stagedStudent(int districtId, String studentUniqueId)
      throws SQLException {
    PreparedStatement select =
        statement(
            "SELECT person_id, first_name, middle_name, last_name, birth_date, gender,"
                + " race_ethnicity FROM edfi_student"
                + " WHERE district_id = ? AND student_unique_id = ?");
    select.setInt(1, districtId);
    select.setString(2, studentUniqueId);
    try (ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      long personId = row.getLong(1);
      Long person = row.wasNull() ? null : personId;
      return Optional.of(new StagedStudent(districtId, studentUniqueId, person, identity(row, 2)));
    }
  }

  /** Inserts or updates a staged student (batched); true when a row changes. */
  boolean putStagedStudent(StagedStudent student, Optional<StagedStudent> existing)
      throws SQLException {
    if (existing.isPresent() && existing.get().equals(student)) {
      return false;
    }
    IdentityData identity = student.identity();
    String sql =
        existing.isPresent()
            ? "UPDATE edfi_student SET person_id = ?, first_name = ?, middle_name = ?,"
                + " last_name = ?, birth_date = ?, gender = ?, race_ethnicity = ?"
                + " WHERE district_id = ? AND student_unique_id = ?"
            : "INSERT INTO edfi_student (person_id, first_name, middle_name, last_name,"
                + " birth_date, gender, race_ethnicity, district_id, student_unique_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    batch(
        sql,
        student.personIdOrNull(),
        identity.firstName(),
        identity.middleName(),
        identity.lastName(),
        identity.birthDate(),
        identity.gender(),
        identity.raceEthnicity(),
        student.districtId(),
        student.studentUniqueId());
    return true;
  }

  /** The StudentUniqueId of the staged student that has a personID, if any. */
  Optional<String> studentOfPerson(long personId) throws SQLException {
    PreparedStatement select =
        statement("SELECT student_unique_id FROM edfi_student WHERE person_id = ?");
    select.setLong(1, personId);
    try (ResultSet row = select.executeQuery()) {
      return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
    }
  }

  /** The personID of a staged student, once its District code was imported. */
  OptionalLong personOfStudent(int districtId, String studentUniqueId) throws SQLException {
    PreparedStatement select =
        statement(
            "SELECT person_id FROM edfi_student WHERE district_id = ? AND student_unique_id = ?"
                + " AND person_id IS NOT NULL");
    select.setInt(1, districtId);
    select.setString(2, studentUniqueId);
    try (ResultSet row = select.executeQuery()) {
      return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
    }
  }

  /** The district of a person, if the person exists. */
  Optional<Integer> personDistrict(long personId) throws SQLException {
    PreparedStatement select = statement("SELECT district_id FROM person WHERE person_id = ?");
    select.setLong(1, personId);
    try (ResultSet row = select.executeQuery()) {
      return row.next() ? Optional.of(row.getInt(1)) : Optional.empty();
    }
  }

  /** Inserts or updates a person (batched); true when a row changes. */
  boolean putPerson(long personId, int districtId, String studentNumber, String stateId)
      throws SQLException {
    PreparedStatement select =
        statement("SELECT student_number, state_id FROM person WHERE person_id = ?");
    select.setLong(1, personId);
    try (ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        batch(
            "INSERT INTO person (district_id, student_number, state_id, person_id)"
                + " VALUES (?, ?, ?, ?)",
            districtId,
            studentNumber,
            stateId,
            personId);
        return true;
      }
      if (Objects.equals(studentNumber, row.getString(1))
          && Objects.equals(stateId, row.getString(2))) {
        return false;
      }
    }
    batch(
        "UPDATE person SET district_id = ?, student_number = ?, state_id = ? WHERE person_id = ?",
        districtId,
        studentNumber,
        stateId,
        personId);
    return true;
  }

  /**
   * Makes a person's current identity equal to the given one (batched). A person without identity
   * gets row personID × 100 + 1, effective on the birth date. A changed identity gets a new row
   * effective {@code today}, or updates today's row. True when a row changes.
   */
  boolean putIdentity(long personId, IdentityData identity, LocalDate today) throws SQLException {
    PreparedStatement select =
        statement(
            "SELECT identity_id, effective_date, first_name, middle_name, last_name, birth_date,"
                + " gender, race_ethnicity FROM person_identity WHERE person_id = ?"
                + " ORDER BY effective_date DESC, identity_id DESC");
    select.setLong(1, personId);
    try (ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        insertIdentity(
            DistrictKeys.firstIdentityId(personId), personId, identity.birthDate(), identity);
        return true;
      }
      if (identity(row, 3).equals(identity)) {
        return false;
      }
      long currentId = row.getLong(1);
      if (row.getObject(2, LocalDate.class).equals(today)) {
        updateIdentity(currentId, identity);
        return true;
      }
    }
    insertIdentity(nextIdentityId(personId), personId, today, identity);
    return true;
  }

  /**
   * The calendar of a school year, created when the school has none: ID {@link
   * DistrictKeys#preferredCalendarId} when free, else one above the highest, dated August 1 to July
   * 31. Created at once (not batched), and remembered for the file.
   */
  Calendar calendar(int schoolId, int schoolYear, String schoolName) throws SQLException {
    String key = schoolId + "/" + schoolYear;
    Integer known = calendars.get(key);
    if (known != null) {
      return new Calendar(known, false);
    }
    PreparedStatement select =
        statement(
            "SELECT calendar_id FROM calendar WHERE school_id = ? AND school_year = ?"
                + " ORDER BY calendar_id");
    select.setInt(1, schoolId);
    select.setInt(2, schoolYear);
    try (ResultSet row = select.executeQuery()) {
      if (row.next()) {
        calendars.put(key, row.getInt(1));
        return new Calendar(row.getInt(1), false);
      }
    }
    int calendarId = freeCalendarId(DistrictKeys.preferredCalendarId(schoolId, schoolYear));
    String name = String.format("%d-%02d %s", schoolYear - 1, schoolYear % 100, schoolName);
    update(
        "INSERT INTO calendar (calendar_id, school_id, school_year, name, start_date, end_date)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        calendarId,
        schoolId,
        schoolYear,
        name.length() > 120 ? name.substring(0, 120) : name,
        LocalDate.of(schoolYear - 1, 8, 1),
        LocalDate.of(schoolYear, 7, 31));
    calendars.put(key, calendarId);
    return new Calendar(calendarId, true);
  }

  /** A calendar of the import and whether the import created it. */
  record Calendar(int id, boolean created) {}

  /** The name of a school, if it exists. */
  Optional<String> schoolName(int schoolId) throws SQLException {
    PreparedStatement select = statement("SELECT name FROM school WHERE school_id = ?");
    select.setInt(1, schoolId);
    try (ResultSet row = select.executeQuery()) {
      return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
    }
  }

  Optional<EnrollmentRow> enrollment(long enrollmentId) throws SQLException {
    PreparedStatement select =
        statement(
            "SELECT person_id, calendar_id, grade, start_date, end_date, end_status"
                + " FROM enrollment WHERE enrollment_id = ?");
    select.setLong(1, enrollmentId);
    try (ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      return Optional.of(
          new EnrollmentRow(
              enrollmentId,
              row.getLong(1),
              row.getInt(2),
              row.getString(3),
              row.getObject(4, LocalDate.class),
              row.getObject(5, LocalDate.class),
              row.getString(6)));
    }
  }

  /** Inserts or updates an enrollment (batched), never its host flags; true when it changes. */
  boolean putEnrollment(EnrollmentRow enrollment, Optional<EnrollmentRow> existing)
      throws SQLException {
    if (existing.isPresent() && existing.get().equals(enrollment)) {
      return false;
    }
    String sql =
        existing.isPresent()
            ? "UPDATE enrollment SET person_id = ?, calendar_id = ?, grade = ?, start_date = ?,"
                + " end_date = ?, end_status = ? WHERE enrollment_id = ?"
            : "INSERT INTO enrollment (person_id, calendar_id, grade, start_date, end_date,"
                + " end_status, enrollment_id) VALUES (?, ?, ?, ?, ?, ?, ?)";
    batch(
        sql,
        enrollment.personId(),
        enrollment.calendarId(),
        enrollment.grade(),
        enrollment.startDate(),
        enrollment.endDate(),
        enrollment.endStatus(),
        enrollment.enrollmentId());
    return true;
  }

  /** Sends every batched write to the database, parents (persons) before children. */
  void flush() throws SQLException {
    for (Set<PreparedStatement> tableStatements : pending.values()) {
      for (PreparedStatement statement : tableStatements) {
        statement.executeBatch();
      }
    }
    pending.clear();
    batched = 0;
  }

  @Override
  public void close() throws SQLException {
    SQLException failure = null;
    for (PreparedStatement statement : statements.values()) {
      try {
        statement.close();
      } catch (SQLException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void insertIdentity(long identityId, long personId, LocalDate effective, IdentityData i)
      throws SQLException {
    batch(
        "INSERT INTO person_identity (person_id, effective_date, first_name, middle_name,"
            + " last_name, birth_date, gender, race_ethnicity, identity_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        personId,
        effective,
        i.firstName(),
        i.middleName(),
        i.lastName(),
        i.birthDate(),
        i.gender(),
        i.raceEthnicity(),
        identityId);
  }

  private void updateIdentity(long identityId, IdentityData i) throws SQLException {
    batch(
        "UPDATE person_identity SET first_name = ?, middle_name = ?, last_name = ?,"
            + " birth_date = ?, gender = ?, race_ethnicity = ? WHERE identity_id = ?",
        i.firstName(),
        i.middleName(),
        i.lastName(),
        i.birthDate(),
        i.gender(),
        i.raceEthnicity(),
        identityId);
  }

  private long nextIdentityId(long personId) throws SQLException {
    PreparedStatement select =
        statement("SELECT MAX(identity_id) FROM person_identity WHERE person_id = ?");
    select.setLong(1, personId);
    try (ResultSet row = select.executeQuery()) {
      row.next();
      long next = row.getLong(1) + 1;
      long first = DistrictKeys.firstIdentityId(personId);
      long limit = first - 1 + DistrictKeys.IDENTITIES_PER_PERSON;
      if (next < first || next >= limit) {
        throw new IllegalStateException("No identity ID is left for person " + personId);
      }
      return next;
    }
  }

  private int freeCalendarId(int preferred) throws SQLException {
    if (!exists("SELECT 1 FROM calendar WHERE calendar_id = ?", preferred)) {
      return preferred;
    }
    try (PreparedStatement max =
            connection.prepareStatement("SELECT MAX(calendar_id) FROM calendar");
        ResultSet row = max.executeQuery()) {
      row.next();
      return row.getInt(1) + 1;
    }
  }

  private static IdentityData identity(ResultSet row, int firstColumn) throws SQLException {
    return new IdentityData(
        row.getString(firstColumn),
        row.getString(firstColumn + 1),
        row.getString(firstColumn + 2),
        row.getObject(firstColumn + 3, LocalDate.class),
        row.getString(firstColumn + 4),
        row.getString(firstColumn + 5));
  }

  private boolean exists(String sql, int key) throws SQLException {
    PreparedStatement select = statement(sql);
    select.setInt(1, key);
    try (ResultSet row = select.executeQuery()) {
      return row.next();
    }
  }

  private boolean update(String sql, Object... values) throws SQLException {
    PreparedStatement statement = statement(sql);
    bind(statement, values);
    return statement.executeUpdate() > 0;
  }

  private void batch(String sql, Object... values) throws SQLException {
    PreparedStatement statement = statement(sql);
    bind(statement, values);
    statement.addBatch();
    pending.computeIfAbsent(writeOrder(sql), order -> new LinkedHashSet<>()).add(statement);
    if (++batched >= batchSize) {
      flush();
    }
  }

  /** Persons first, then their identities, student keys, and enrollments last. */
  private static int writeOrder(String sql) {
    if (sql.contains("person_identity")) {
      return 2;
    }
    if (sql.contains("edfi_student")) {
      return 3;
    }
    return sql.contains("enrollment") ? 4 : 1;
  }

  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement statement = statements.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      statements.put(sql, statement);
    }
    return statement;
  }

  private static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value == null) {
        statement.setNull(i + 1, Types.NULL);
      } else if (value instanceof LocalDate date) {
        statement.setObject(i + 1, date, Types.DATE);
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }
}
