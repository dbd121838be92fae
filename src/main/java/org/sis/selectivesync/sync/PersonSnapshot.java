package org.sis.selectivesync.sync;

import java.time.LocalDate;
import java.util.List;
import org.sis.selectivesync.district.PersonName;

/**
 * A district person with all identity rows, read once per chunk and compared with the state.
 *
 * @param personId the district personID
 * @param studentNumber the district student number
 * @param stateId the state ID the district holds for the person, or {@code null}
 * @param identities every identity row, in effective-date order
 */
public record PersonSnapshot(
    long personId, String studentNumber, String stateId, List<IdentityRow> identities) {

  /**
   * One identity row's synced fields.
   *
   * @param identityId the district's identity row ID
   * @param effectiveDate the first day the row is in effect
   * @param name the legal name (personal data: never logged above FINE)
   * @param birthDate the birth date (personal data)
   * @param gender the gender code
   * @param raceEthnicity the race/ethnicity code
   */
  public record IdentityRow(
      long identityId,
      LocalDate effectiveDate,
      PersonName name,
      LocalDate birthDate,
      String gender,
      String raceEthnicity) {}
}
