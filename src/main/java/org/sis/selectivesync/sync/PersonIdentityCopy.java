package org.sis.selectivesync.sync;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sis.selectivesync.district.PersonName;
import org.sis.selectivesync.sync.PersonSnapshot.IdentityRow;

/**
 * Makes the state copy of persons equal to the district's: the person row and exactly the
 * district's identity rows (rows gone at the district are removed). Works on the connection of the
 * caller's state transaction: reads the state rows of all given persons in two queries and writes
 * what differs with batched statements, in key order so that concurrent requests lock rows in the
 * same order.
 *
 * <p>Plain JDBC rather than the state entities: this is the engine's busiest path, and building,
 * tracking and flushing a few thousand entities per chunk cost more than the database work itself
 * (see docs/benchmarks.md).
 */
final class PersonIdentityCopy {

  private static final String INSERT_PERSON =
      "INSERT INTO state_person (district_id, person_id, state_id, student_number)"
          + " VALUES (?, ?, ?, ?)";
  private static final String UPDATE_PERSON =
      "UPDATE state_person SET student_number = ?, state_id = COALESCE(?, state_id)"
          + " WHERE district_id = ? AND person_id = ?";
  private static final String DELETE_IDENTITY =
      "DELETE FROM state_identity WHERE district_id = ? AND identity_id = ?";
  private static final String INSERT_IDENTITY =
      "INSERT INTO state_identity (effective_date, first_name, middle_name, last_name,"
          + " birth_date, gender, race_ethnicity, person_id, district_id, identity_id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String UPDATE_IDENTITY =
      "UPDATE state_identity SET effective_date = ?, first_name = ?, middle_name = ?,"
          + " last_name = ?, birth_date = ?, gender = ?, race_ethnicity = ?, person_id = ?"
          + " WHERE district_id = ? AND identity_id = ?";

  private final Connection state;
  private final int districtId;

  PersonIdentityCopy(Connection state, int districtId) {
    this.state = state;
    this.districtId = districtId;
  }

  /** Copies the persons that differ and says, per personID, SYNCED or UNCHANGED. */
  Map<Long, Outcome> copy(Collection<PersonSnapshot> persons) {
    if (persons.isEmpty()) {
      return Map.of();
    }
    try {
      return copyAll(persons);
    } catch (SQLException e) {
      throw new PersistenceException("Copying persons to the state database failed", e);
    }
  }

  private Map<Long, Outcome> copyAll(Collection<PersonSnapshot> persons) throws SQLException {
    Long[] keys = persons.stream().map(PersonSnapshot::personId).toArray(Long[]::new);
    Map<Long, StatePersonRow> statePersons = statePersons(keys);
    Map<Long, Map<Long, IdentityRow>> stateIdentities = stateIdentities(keys);

    Map<Long, Outcome> outcomes = new LinkedHashMap<>();
    List<PersonSnapshot> changed =
        persons.stream()
            .filter(p -> !matches(p, statePersons.get(p.personId()), stateIdentities))
            .sorted(Comparator.comparingLong(PersonSnapshot::personId))
            .toList();
    persons.forEach(p -> outcomes.put(p.personId(), Outcome.UNCHANGED));
    changed.forEach(p -> outcomes.put(p.personId(), Outcome.SYNCED));

    writePersons(changed, statePersons);
    writeIdentities(changed, stateIdentities);
    return outcomes;
  }

  private static boolean matches(
      PersonSnapshot person,
      StatePersonRow statePerson,
      Map<Long, Map<Long, IdentityRow>> identities) {
    return statePerson != null
        && Objects.equals(person.studentNumber(), statePerson.studentNumber())
        && (person.stateId() == null || person.stateId().equals(statePerson.stateId()))
        && identitiesMatch(person, identities.getOrDefault(person.personId(), Map.of()));
  }

  private static boolean identitiesMatch(PersonSnapshot person, Map<Long, IdentityRow> rows) {
    return rows.size() == person.identities().size()
        && person.identities().stream().allMatch(row -> row.equals(rows.get(row.identityId())));
  }

  private void writePersons(List<PersonSnapshot> changed, Map<Long, StatePersonRow> statePersons)
      throws SQLException {
    try (PreparedStatement insert = state.prepareStatement(INSERT_PERSON);
        PreparedStatement update = state.prepareStatement(UPDATE_PERSON)) {
      for (PersonSnapshot person : changed) {
        if (statePersons.containsKey(person.personId())) {
          bind(update, person.studentNumber(), person.stateId(), districtId, person.personId());
          update.addBatch();
        } else {
          bind(insert, districtId, person.personId(), stateIdOf(person), person.studentNumber());
          insert.addBatch();
        }
      }
      insert.executeBatch();
      update.executeBatch();
    }
  }

  /** The state ID of a new state person: the district's copy of it, or one the state assigns. */
  private String stateIdOf(PersonSnapshot person) {
    return person.stateId() != null ? person.stateId() : "S" + districtId + "-" + person.personId();
  }

  private void writeIdentities(
      List<PersonSnapshot> changed, Map<Long, Map<Long, IdentityRow>> stateIdentities)
      throws SQLException {
    try (PreparedStatement delete = state.prepareStatement(DELETE_IDENTITY);
        PreparedStatement insert = state.prepareStatement(INSERT_IDENTITY);
        PreparedStatement update = state.prepareStatement(UPDATE_IDENTITY)) {
      for (PersonSnapshot person : changed) {
        Map<Long, IdentityRow> existing =
            new HashMap<>(stateIdentities.getOrDefault(person.personId(), Map.of()));
        for (IdentityRow row : person.identities()) {
          IdentityRow copy = existing.remove(row.identityId());
          if (!row.equals(copy)) {
            PreparedStatement write = copy == null ? insert : update;
            bindIdentity(write, person.personId(), row);
            write.addBatch();
          }
        }
        for (long gone : existing.keySet().stream().sorted().toList()) {
          bind(delete, districtId, gone);
          delete.addBatch();
        }
      }
      delete.executeBatch();
      insert.executeBatch();
      update.executeBatch();
    }
  }

  private void bindIdentity(PreparedStatement statement, long personId, IdentityRow row)
      throws SQLException {
    PersonName name = row.name();
    bind(
        statement,
        row.effectiveDate(),
        name.first(),
        name.middle(),
        name.last(),
        row.birthDate(),
        row.gender(),
        row.raceEthnicity(),
        personId,
        districtId,
        row.identityId());
  }

  private Map<Long, StatePersonRow> statePersons(Long[] keys) throws SQLException {
    Map<Long, StatePersonRow> rows = new HashMap<>();
    try (PreparedStatement select =
        state.prepareStatement(
            "SELECT person_id, state_id, student_number FROM state_person"
                + " WHERE district_id = ? AND person_id = ANY (?)")) {
      bind(select, districtId, state.createArrayOf("BIGINT", keys));
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.put(result.getLong(1), new StatePersonRow(result.getString(2), result.getString(3)));
        }
      }
    }
    return rows;
  }

  private Map<Long, Map<Long, IdentityRow>> stateIdentities(Long[] keys) throws SQLException {
    Map<Long, Map<Long, IdentityRow>> rows = new HashMap<>();
    try (PreparedStatement select =
        state.prepareStatement(
            "SELECT person_id, identity_id, effective_date, first_name, middle_name, last_name,"
                + " birth_date, gender, race_ethnicity FROM state_identity"
                + " WHERE district_id = ? AND person_id = ANY (?)")) {
      bind(select, districtId, state.createArrayOf("BIGINT", keys));
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          IdentityRow row =
              new IdentityRow(
                  result.getLong(2),
                  result.getObject(3, LocalDate.class),
                  new PersonName(result.getString(4), result.getString(5), result.getString(6)),
                  result.getObject(7, LocalDate.class),
                  result.getString(8),
                  result.getString(9));
          rows.computeIfAbsent(result.getLong(1), person -> new HashMap<>())
              .put(row.identityId(), row);
        }
      }
    }
    return rows;
  }

  private static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
  }

  /** The synced columns of a state person row. */
  private record StatePersonRow(String stateId, String studentNumber) {}
}
