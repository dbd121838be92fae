package org.sis.selectivesync.edfi;

import java.util.OptionalLong;

/**
 * A row of {@code edfi_student}: an Ed-Fi student of a district, the personID once its District
 * code is known, and its latest identity.
 */
record StagedStudent(
    int districtId, String studentUniqueId, Long personIdOrNull, IdentityData identity) {

  OptionalLong personId() {
    return personIdOrNull == null ? OptionalLong.empty() : OptionalLong.of(personIdOrNull);
  }
}
