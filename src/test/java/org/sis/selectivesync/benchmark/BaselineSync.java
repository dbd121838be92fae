package org.sis.selectivesync.benchmark;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sis.selectivesync.database.Database;

/**
 * The hand-written JDBC loop the engine is measured against. Per chunk of keys it does what the
 * engine does: one bulk read of the district rows, one bulk read of the matching state rows, the
 * outcome of each key, the writes that make the state equal (batched prepared statements in key
 * order, one state transaction), then the results and the request's progress in one tool
 * transaction. Its request row and results go to the same tool tables the engine uses.
 */
final class BaselineSync implements AutoCloseable {

  /** What a key ended as; the names match the engine's stored outcomes. */
  enum Outcome {
    SYNCED,
    UNCHANGED,
    NOT_FOUND,
    SKIPPED,
    FAILED
  }

  private record Result(long key, Outcome outcome, String reason, String parent, Long parentKey) {}

  private record Identity(
      long id,
      long personId,
      Date effective,
      String first,
      String middle,
      String last,
      Date birth,
      String gender,
      String race) {}

  private record Person(long id, String studentNumber, String stateId, List<Identity> rows) {}

  private record StatePerson(String stateId, String studentNumber) {}

  private record Enrollment(
      long id,
      long personId,
      long calendarId,
      String grade,
      Date start,
      String startStatus,
      Date end,
      String endStatus,
      String serviceType,
      boolean excluded) {

    boolean sameAs(Enrollment other) {
      return other.personId == personId
          && other.calendarId == calendarId
          && Objects.equals(other.grade, grade)
          && Objects.equals(other.start, start)
          && Objects.equals(other.startStatus, startStatus)
          && Objects.equals(other.end, end)
          && Objects.equals(other.endStatus, endStatus)
          && Objects.equals(other.serviceType, serviceType);
    }
  }

  private final int districtId;
  private final int chunkSize;
  private final Connection district;
  private final Connection state;
  private final Connection tool;

  BaselineSync(BenchDatabases databases, int districtId, int chunkSize) throws SQLException {
    this.districtId = districtId;
    this.chunkSize = chunkSize;
    district = databases.connect(Database.DISTRICT);
    district.setReadOnly(true);
    state = databases.connect(Database.STATE);
    state.setAutoCommit(false);
    tool = databases.connect(Database.TOOL);
    tool.setAutoCommit(false);
  }

  /** Syncs PersonIdentity or Enrollment keys chunk by chunk; returns the count per outcome. */
  Map<Outcome, Integer> sync(boolean persons, List<Long> keys) throws SQLException {
    long requestId = openRequest(persons ? "PersonIdentity" : "Enrollment", keys);
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (int from = 0; from < keys.size(); from += chunkSize) {
      List<Long> chunk = keys.subList(from, Math.min(keys.size(), from + chunkSize));
      List<Result> results = persons ? persons(chunk) : enrollments(chunk);
      store(requestId, from, results);
      results.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
    }
    closeRequest(requestId);
    return counts;
  }

  // --- PersonIdentity

  private List<Result> persons(List<Long> keys) throws SQLException {
    Map<Long, Person> persons = districtPersons(keys);
    Map<Long, StatePerson> statePersons = new HashMap<>();
    Map<Long, Map<Long, Identity>> stateRows = new HashMap<>();
    readStatePersons(keys, statePersons, stateRows);

    List<Result> results = new ArrayList<>(keys.size());
    List<Person> changed = new ArrayList<>();
    for (long key : keys) {
      Person person = persons.get(key);
      if (person == null) {
        results.add(new Result(key, Outcome.NOT_FOUND, null, null, null));
      } else if (matches(person, statePersons.get(key), stateRows.get(key))) {
        results.add(new Result(key, Outcome.UNCHANGED, null, null, null));
      } else {
        results.add(new Result(key, Outcome.SYNCED, null, null, null));
        changed.add(person);
      }
    }
    changed.sort((a, b) -> Long.compare(a.id(), b.id()));
    writePersons(changed, statePersons, stateRows);
    state.commit();
    return results;
  }

  private Map<Long, Person> districtPersons(List<Long> keys) throws SQLException {
    Map<Long, Person> persons = new HashMap<>();
    try (PreparedStatement select =
        district.prepareStatement(
            "SELECT p.person_id, p.student_number, p.state_id, i.identity_id, i.effective_date,"
                + " i.first_name, i.middle_name, i.last_name, i.birth_date, i.gender,"
                + " i.race_ethnicity FROM person p"
                + " LEFT JOIN person_identity i ON i.person_id = p.person_id"
                + " WHERE p.district_id = ? AND p.person_id = ANY (?)")) {
      select.setInt(1, districtId);
      select.setArray(2, array(district, keys));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          long id = rows.getLong(1);
          Person person =
              persons.computeIfAbsent(
                  id, k -> new Person(k, text(rows, 2), text(rows, 3), new ArrayList<>()));
          rows.getLong(4);
          if (!rows.wasNull()) {
            person.rows().add(identity(rows, 4, id));
          }
        }
      }
    }
    return persons;
  }

  private void readStatePersons(
      List<Long> keys, Map<Long, StatePerson> persons, Map<Long, Map<Long, Identity>> identities)
      throws SQLException {
    try (PreparedStatement select =
        state.prepareStatement(
            "SELECT person_id, state_id, student_number FROM state_person"
                + " WHERE district_id = ? AND person_id = ANY (?)")) {
      select.setInt(1, districtId);
      select.setArray(2, array(state, keys));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          persons.put(rows.getLong(1), new StatePerson(rows.getString(2), rows.getString(3)));
        }
      }
    }
    try (PreparedStatement select =
        state.prepareStatement(
            "SELECT identity_id, effective_date, first_name, middle_name, last_name, birth_date,"
                + " gender, race_ethnicity, person_id FROM state_identity"
                + " WHERE district_id = ? AND person_id = ANY (?)")) {
      select.setInt(1, districtId);
      select.setArray(2, array(state, keys));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Identity identity = identity(rows, 1, rows.getLong(9));
          identities
              .computeIfAbsent(identity.personId(), k -> new LinkedHashMap<>())
              .put(identity.id(), identity);
        }
      }
    }
  }

  private static boolean matches(
      Person person, StatePerson statePerson, Map<Long, Identity> stateRows) {
    if (statePerson == null
        || !Objects.equals(person.studentNumber(), statePerson.studentNumber())
        || (person.stateId() != null && !person.stateId().equals(statePerson.stateId()))) {
      return false;
    }
    Map<Long, Identity> rows = stateRows == null ? Map.of() : stateRows;
    return rows.size() == person.rows().size()
        && person.rows().stream().allMatch(row -> row.equals(rows.get(row.id())));
  }

  private void writePersons(
      List<Person> changed,
      Map<Long, StatePerson> statePersons,
      Map<Long, Map<Long, Identity>> stateRows)
      throws SQLException {
    try (PreparedStatement insertPerson =
            state.prepareStatement(
                "INSERT INTO state_person (district_id, person_id, state_id, student_number)"
                    + " VALUES (?, ?, ?, ?)");
        PreparedStatement updatePerson =
            state.prepareStatement(
                "UPDATE state_person SET state_id = ?, student_number = ?"
                    + " WHERE district_id = ? AND person_id = ?")) {
      for (Person person : changed) {
        StatePerson copy = statePersons.get(person.id());
        String stateId =
            person.stateId() != null
                ? person.stateId()
                : copy != null ? copy.stateId() : "S" + districtId + "-" + person.id();
        if (copy == null) {
          setAll(insertPerson, districtId, person.id(), stateId, person.studentNumber());
          insertPerson.addBatch();
        } else if (!Objects.equals(copy.studentNumber(), person.studentNumber())
            || !Objects.equals(copy.stateId(), stateId)) {
          setAll(updatePerson, stateId, person.studentNumber(), districtId, person.id());
          updatePerson.addBatch();
        }
      }
      insertPerson.executeBatch();
      updatePerson.executeBatch();
    }
    writeIdentities(changed, stateRows);
  }

  private void writeIdentities(List<Person> changed, Map<Long, Map<Long, Identity>> stateRows)
      throws SQLException {
    try (PreparedStatement insert =
            state.prepareStatement(
                "INSERT INTO state_identity (first_name, middle_name, last_name, effective_date,"
                    + " birth_date, gender, race_ethnicity, district_id, identity_id, person_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement update =
            state.prepareStatement(
                "UPDATE state_identity SET first_name = ?, middle_name = ?, last_name = ?,"
                    + " effective_date = ?, birth_date = ?, gender = ?, race_ethnicity = ?"
                    + " WHERE district_id = ? AND identity_id = ? AND person_id = ?");
        PreparedStatement delete =
            state.prepareStatement(
                "DELETE FROM state_identity WHERE district_id = ? AND identity_id = ?")) {
      for (Person person : changed) {
        Map<Long, Identity> existing = new HashMap<>(stateRows.getOrDefault(person.id(), Map.of()));
        for (Identity row : person.rows()) {
          Identity copy = existing.remove(row.id());
          if (copy == null || !copy.equals(row)) {
            PreparedStatement statement = copy == null ? insert : update;
            setAll(
                statement,
                row.first(),
                row.middle(),
                row.last(),
                row.effective(),
                row.birth(),
                row.gender(),
                row.race(),
                districtId,
                row.id(),
                row.personId());
            statement.addBatch();
          }
        }
        for (long gone : existing.keySet()) {
          setAll(delete, districtId, gone);
          delete.addBatch();
        }
      }
      insert.executeBatch();
      update.executeBatch();
      delete.executeBatch();
    }
  }

  // --- Enrollment

  private List<Result> enrollments(List<Long> keys) throws SQLException {
    Map<Long, Enrollment> enrollments = districtEnrollments(keys);
    Set<Long> persons =
        present(
            "state_person",
            "person_id",
            enrollments.values().stream().map(Enrollment::personId).distinct().toList());
    Set<Long> calendars =
        present(
            "state_calendar",
            "calendar_id",
            enrollments.values().stream().map(Enrollment::calendarId).distinct().toList());
    Map<Long, Enrollment> copies = stateEnrollments(keys);

    Map<Long, Result> results = new HashMap<>();
    try (PreparedStatement insert =
            state.prepareStatement(
                "INSERT INTO state_enrollment (person_id, calendar_id, grade, start_date,"
                    + " start_status, end_date, end_status, service_type, district_id,"
                    + " enrollment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement update =
            state.prepareStatement(
                "UPDATE state_enrollment SET person_id = ?, calendar_id = ?, grade = ?,"
                    + " start_date = ?, start_status = ?, end_date = ?, end_status = ?,"
                    + " service_type = ? WHERE district_id = ? AND enrollment_id = ?")) {
      for (long key : keys.stream().sorted().toList()) {
        Enrollment enrollment = enrollments.get(key);
        results.put(key, outcome(key, enrollment, persons, calendars, copies, insert, update));
      }
      insert.executeBatch();
      update.executeBatch();
    }
    state.commit();
    return keys.stream().map(results::get).toList();
  }

  private Result outcome(
      long key,
      Enrollment enrollment,
      Set<Long> persons,
      Set<Long> calendars,
      Map<Long, Enrollment> copies,
      PreparedStatement insert,
      PreparedStatement update)
      throws SQLException {
    if (enrollment == null) {
      return new Result(key, Outcome.NOT_FOUND, null, null, null);
    }
    if (enrollment.excluded()) {
      return new Result(key, Outcome.SKIPPED, "Excluded from state reporting", null, null);
    }
    if (!persons.contains(enrollment.personId())) {
      String reason = "PersonIdentity " + enrollment.personId() + " is not at the state";
      return new Result(key, Outcome.FAILED, reason, "PERSON_IDENTITY", enrollment.personId());
    }
    if (!calendars.contains(enrollment.calendarId())) {
      String reason = "Calendar " + enrollment.calendarId() + " is not at the state";
      return new Result(key, Outcome.FAILED, reason, "CALENDAR", enrollment.calendarId());
    }
    Enrollment copy = copies.get(key);
    if (copy != null && copy.sameAs(enrollment)) {
      return new Result(key, Outcome.UNCHANGED, null, null, null);
    }
    PreparedStatement statement = copy == null ? insert : update;
    setAll(
        statement,
        enrollment.personId(),
        enrollment.calendarId(),
        enrollment.grade(),
        enrollment.start(),
        enrollment.startStatus(),
        enrollment.end(),
        enrollment.endStatus(),
        enrollment.serviceType(),
        districtId,
        key);
    statement.addBatch();
    return new Result(key, Outcome.SYNCED, null, null, null);
  }

  private Map<Long, Enrollment> districtEnrollments(List<Long> keys) throws SQLException {
    try (PreparedStatement select =
        district.prepareStatement(
            "SELECT e.enrollment_id, e.person_id, e.calendar_id, e.grade, e.start_date,"
                + " e.start_status, e.end_date, e.end_status, e.service_type,"
                + " e.state_exclude OR e.no_show OR c.state_excluded OR s.state_excluded"
                + " FROM enrollment e JOIN calendar c ON c.calendar_id = e.calendar_id"
                + " JOIN school s ON s.school_id = c.school_id"
                + " WHERE s.district_id = ? AND e.enrollment_id = ANY (?)")) {
      select.setInt(1, districtId);
      select.setArray(2, array(district, keys));
      return enrollments(select, true);
    }
  }

  private Map<Long, Enrollment> stateEnrollments(List<Long> keys) throws SQLException {
    try (PreparedStatement select =
        state.prepareStatement(
            "SELECT enrollment_id, person_id, calendar_id, grade, start_date, start_status,"
                + " end_date, end_status, service_type FROM state_enrollment"
                + " WHERE district_id = ? AND enrollment_id = ANY (?)")) {
      select.setInt(1, districtId);
      select.setArray(2, array(state, keys));
      return enrollments(select, false);
    }
  }

  private static Map<Long, Enrollment> enrollments(PreparedStatement select, boolean flags)
      throws SQLException {
    Map<Long, Enrollment> enrollments = new HashMap<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        Enrollment enrollment =
            new Enrollment(
                rows.getLong(1),
                rows.getLong(2),
                rows.getLong(3),
                rows.getString(4),
                rows.getDate(5),
                rows.getString(6),
                rows.getDate(7),
                rows.getString(8),
                rows.getString(9),
                flags && rows.getBoolean(10));
        enrollments.put(enrollment.id(), enrollment);
      }
    }
    return enrollments;
  }

  private Set<Long> present(String table, String column, List<Long> keys) throws SQLException {
    Set<Long> present = new HashSet<>();
    try (PreparedStatement select =
        state.prepareStatement(
            "SELECT "
                + column
                + " FROM "
                + table
                + " WHERE district_id = ? AND "
                + column
                + " = ANY (?)")) {
      select.setInt(1, districtId);
      select.setArray(2, array(state, keys));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          present.add(rows.getLong(1));
        }
      }
    }
    return present;
  }

  // --- Tool database: the request row, results and progress

  /**
   * Stores the request and its keys in one transaction, as the engine must before its job starts
   * (so that a restarted server can resume the request).
   */
  private long openRequest(String object, List<Long> keys) throws SQLException {
    long id;
    try (PreparedStatement next = tool.prepareStatement("SELECT nextval('sync_request_seq')");
        ResultSet rows = next.executeQuery()) {
      rows.next();
      id = rows.getLong(1);
    }
    try (PreparedStatement insert =
        tool.prepareStatement(
            "INSERT INTO sync_request (request_id, object_type, district_id, initiated_by,"
                + " requested_at, started_at, status, check_dependencies, key_count)"
                + " VALUES (?, ?, ?, 'benchmark.baseline', ?, ?, 'RUNNING', FALSE, ?)")) {
      Timestamp now = Timestamp.from(Instant.now());
      setAll(insert, id, object, districtId, now, now, keys.size());
      insert.executeUpdate();
    }
    try (PreparedStatement insert =
        tool.prepareStatement(
            "INSERT INTO sync_request_key (request_id, seq_no, record_key) VALUES (?, ?, ?)")) {
      for (int i = 0; i < keys.size(); i++) {
        setAll(insert, id, i, keys.get(i));
        insert.addBatch();
        if ((i + 1) % chunkSize == 0 || i == keys.size() - 1) {
          insert.executeBatch();
        }
      }
    }
    tool.commit();
    return id;
  }

  private void store(long requestId, int firstPosition, List<Result> results) throws SQLException {
    Map<Outcome, Integer> added = new EnumMap<>(Outcome.class);
    try (PreparedStatement insert =
        tool.prepareStatement(
            "INSERT INTO record_result (request_id, record_key, seq_no, outcome, reason,"
                + " parent_object, parent_key) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING")) {
      for (int i = 0; i < results.size(); i++) {
        Result result = results.get(i);
        setAll(
            insert,
            requestId,
            result.key(),
            firstPosition + i,
            result.outcome().name(),
            result.reason(),
            result.parent(),
            result.parentKey());
        insert.addBatch();
        added.merge(result.outcome(), 1, Integer::sum);
      }
      insert.executeBatch();
    }
    try (PreparedStatement progress =
        tool.prepareStatement(
            "UPDATE sync_request SET processed = processed + ?, synced = synced + ?,"
                + " unchanged = unchanged + ?, not_found = not_found + ?,"
                + " skipped = skipped + ?, failed = failed + ? WHERE request_id = ?")) {
      setAll(
          progress,
          results.size(),
          added.getOrDefault(Outcome.SYNCED, 0),
          added.getOrDefault(Outcome.UNCHANGED, 0),
          added.getOrDefault(Outcome.NOT_FOUND, 0),
          added.getOrDefault(Outcome.SKIPPED, 0),
          added.getOrDefault(Outcome.FAILED, 0),
          requestId);
      progress.executeUpdate();
    }
    tool.commit();
  }

  private void closeRequest(long requestId) throws SQLException {
    try (PreparedStatement update =
        tool.prepareStatement(
            "UPDATE sync_request SET status = 'COMPLETE', finished_at = ? WHERE request_id = ?")) {
      setAll(update, Timestamp.from(Instant.now()), requestId);
      update.executeUpdate();
    }
    tool.commit();
  }

  // --- JDBC details

  private static Identity identity(ResultSet rows, int first, long personId) throws SQLException {
    return new Identity(
        rows.getLong(first),
        personId,
        rows.getDate(first + 1),
        rows.getString(first + 2),
        rows.getString(first + 3),
        rows.getString(first + 4),
        rows.getDate(first + 5),
        rows.getString(first + 6),
        rows.getString(first + 7));
  }

  private static String text(ResultSet rows, int column) {
    try {
      return rows.getString(column);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Array array(Connection connection, List<Long> keys) throws SQLException {
    return connection.createArrayOf("bigint", keys.toArray());
  }

  private static void setAll(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        statement.setNull(i + 1, Types.NULL);
      } else {
        statement.setObject(i + 1, values[i]);
      }
    }
  }

  @Override
  public void close() throws SQLException {
    district.close();
    state.close();
    tool.close();
  }
}
