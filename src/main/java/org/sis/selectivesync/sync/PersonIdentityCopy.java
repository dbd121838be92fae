package org.sis.selectivesync.sync;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sis.selectivesync.state.StateIdentity;
import org.sis.selectivesync.state.StateKey;
import org.sis.selectivesync.state.StatePerson;
import org.sis.selectivesync.sync.PersonSnapshot.IdentityRow;

/**
 * Makes the state copy of persons equal to the district's: the person row and exactly the
 * district's identity rows (rows gone at the district are removed). Works inside the caller's state
 * transaction; reads the state rows of all given persons in two queries.
 */
final class PersonIdentityCopy {

  private final EntityManager state;
  private final int districtId;

  PersonIdentityCopy(EntityManager state, int districtId) {
    this.state = state;
    this.districtId = districtId;
  }

  /** Copies the persons that differ and says, per personID, SYNCED or UNCHANGED. */
  Map<Long, Outcome> copy(Collection<PersonSnapshot> persons) {
    if (persons.isEmpty()) {
      return Map.of();
    }
    List<Long> keys = persons.stream().map(PersonSnapshot::personId).toList();
    Map<Long, StatePerson> statePersons = statePersons(keys);
    Map<Long, List<StateIdentity>> stateIdentities = stateIdentities(keys);

    Map<Long, Outcome> outcomes = new LinkedHashMap<>();
    // Rows are written in key order so that concurrent requests lock them in the same order.
    List<PersonSnapshot> changed =
        persons.stream()
            .filter(p -> !matches(p, statePersons.get(p.personId()), stateIdentities))
            .sorted(Comparator.comparingLong(PersonSnapshot::personId))
            .toList();
    persons.forEach(p -> outcomes.put(p.personId(), Outcome.UNCHANGED));
    changed.forEach(p -> outcomes.put(p.personId(), Outcome.SYNCED));

    changed.forEach(p -> writePerson(p, statePersons.get(p.personId())));
    state.flush();
    changed.forEach(p -> writeIdentities(p, stateIdentities.getOrDefault(p.personId(), List.of())));
    return outcomes;
  }

  private boolean matches(
      PersonSnapshot person, StatePerson statePerson, Map<Long, List<StateIdentity>> identities) {
    return statePerson != null
        && Objects.equals(person.studentNumber(), statePerson.getStudentNumber())
        && (person.stateId() == null || person.stateId().equals(statePerson.getStateId()))
        && identitiesMatch(person, identities.getOrDefault(person.personId(), List.of()));
  }

  private static boolean identitiesMatch(PersonSnapshot person, List<StateIdentity> rows) {
    if (rows.size() != person.identities().size()) {
      return false;
    }
    Map<Long, StateIdentity> byKey = byKey(rows);
    return person.identities().stream()
        .allMatch(row -> identityMatches(row, byKey.get(row.identityId())));
  }

  private static boolean identityMatches(IdentityRow row, StateIdentity copy) {
    return copy != null
        && Objects.equals(row.effectiveDate(), copy.getEffectiveDate())
        && Objects.equals(row.name(), copy.getName())
        && Objects.equals(row.birthDate(), copy.getBirthDate())
        && Objects.equals(row.gender(), copy.getGender())
        && Objects.equals(row.raceEthnicity(), copy.getRaceEthnicity());
  }

  private void writePerson(PersonSnapshot person, StatePerson statePerson) {
    if (statePerson == null) {
      StateKey key = new StateKey(districtId, person.personId());
      state.persist(new StatePerson(key, stateIdOf(person), person.studentNumber()));
      return;
    }
    statePerson.setStudentNumber(person.studentNumber());
    if (person.stateId() != null) {
      statePerson.setStateId(person.stateId());
    }
  }

  /** The state ID of a new state person: the district's copy of it, or one the state assigns. */
  private String stateIdOf(PersonSnapshot person) {
    return person.stateId() != null ? person.stateId() : "S" + districtId + "-" + person.personId();
  }

  private void writeIdentities(PersonSnapshot person, List<StateIdentity> existing) {
    Map<Long, StateIdentity> byKey = byKey(existing);
    for (IdentityRow row : person.identities()) {
      StateIdentity copy = byKey.remove(row.identityId());
      if (copy == null) {
        copy = new StateIdentity(new StateKey(districtId, row.identityId()), person.personId());
        state.persist(copy);
      }
      copy.setEffectiveDate(row.effectiveDate());
      copy.setName(row.name());
      copy.setBirthDate(row.birthDate());
      copy.setDemographics(row.gender(), row.raceEthnicity());
    }
    byKey.values().forEach(state::remove);
  }

  private Map<Long, StatePerson> statePersons(List<Long> keys) {
    return state
        .createQuery(
            "SELECT p FROM StatePerson p WHERE p.districtId = :district AND "
                + KeyArray.of(state).matches("p.districtKey"),
            StatePerson.class)
        .setParameter("district", districtId)
        .setParameter("keys", KeyArray.of(state).keys(keys))
        .getResultStream()
        .collect(toMap(p -> p.getKey().districtKey(), Function.identity()));
  }

  private Map<Long, List<StateIdentity>> stateIdentities(List<Long> keys) {
    return state
        .createQuery(
            "SELECT i FROM StateIdentity i WHERE i.districtId = :district AND "
                + KeyArray.of(state).matches("i.personId"),
            StateIdentity.class)
        .setParameter("district", districtId)
        .setParameter("keys", KeyArray.of(state).keys(keys))
        .getResultStream()
        .collect(groupingBy(StateIdentity::getPersonId));
  }

  private static Map<Long, StateIdentity> byKey(List<StateIdentity> rows) {
    return rows.stream()
        .collect(
            toMap(
                i -> i.getKey().districtKey(),
                Function.identity(),
                (a, b) -> a,
                LinkedHashMap::new));
  }
}
