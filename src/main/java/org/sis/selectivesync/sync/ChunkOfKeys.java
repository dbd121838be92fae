package org.sis.selectivesync.sync;

import java.util.List;

/**
 * One chunk of a request's keys with what was read of them at the district, ready to be copied to
 * the state in one transaction.
 *
 * @param object the requested object
 * @param districtId the district of the request
 * @param keys the chunk's keys, in request order
 * @param checkDependencies whether missing or stale parents are sent first
 * @param district the district's parent data, when parents may be sent
 * @param persons the persons of a PersonIdentity chunk, or the parents of an Enrollment chunk
 * @param enrollments the enrollments of an Enrollment chunk
 * @param calendars the calendars of the chunk's enrollments, when parents may be sent
 */
public record ChunkOfKeys(
    SyncObject object,
    int districtId,
    List<Long> keys,
    boolean checkDependencies,
    org.sis.selectivesync.district.District district,
    List<PersonSnapshot> persons,
    List<EnrollmentSnapshot> enrollments,
    List<CalendarSnapshot> calendars) {

  /** The same chunk reduced to one key, to find which key the state rejects. */
  ChunkOfKeys only(long key) {
    return new ChunkOfKeys(
        object,
        districtId,
        List.of(key),
        checkDependencies,
        district,
        object == SyncObject.PERSON_IDENTITY
            ? persons.stream().filter(p -> p.personId() == key).toList()
            : persons,
        enrollments.stream().filter(e -> e.enrollmentId() == key).toList(),
        calendars);
  }
}
