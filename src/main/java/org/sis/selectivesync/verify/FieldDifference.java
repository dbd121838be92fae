package org.sis.selectivesync.verify;

/**
 * One synced field of a record that differs between the district and the state.
 *
 * @param key the record's key
 * @param field the field: {@code studentNumber}, {@code stateId}, {@code effectiveDate}, {@code
 *     firstName}, {@code middleName}, {@code lastName}, {@code birthDate}, {@code gender}, {@code
 *     raceEthnicity}, {@code identityRow} (a whole identity row at one side only), {@code person},
 *     {@code calendar}, {@code grade}, {@code startDate}, {@code startStatus}, {@code endDate},
 *     {@code endStatus}, {@code serviceType}, {@code school}, {@code schoolYear}, {@code name},
 *     {@code stateSchoolNumber}
 * @param row the identity row ID for fields of an identity row, else {@code null}
 * @param districtValue the value at the district, {@code null} when empty or absent
 * @param stateValue the value at the state, {@code null} when empty or absent
 */
public record FieldDifference(
    long key, String field, Long row, String districtValue, String stateValue) {}
