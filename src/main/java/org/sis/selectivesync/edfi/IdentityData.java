package org.sis.selectivesync.edfi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A student's identity as the district keeps it: name, birth date, gender and race/ethnicity.
 * {@link #toString()} leaves the values out, so that an identity never reaches a log by accident.
 */
record IdentityData(
    String firstName,
    String middleName,
    String lastName,
    LocalDate birthDate,
    String gender,
    String raceEthnicity) {

  IdentityData {
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(birthDate, "birthDate");
  }

  /** The same name and birth date with the demographics of an education organization. */
  IdentityData withDemographics(String newGender, String newRaceEthnicity) {
    return new IdentityData(
        firstName, middleName, lastName, birthDate, newGender, newRaceEthnicity);
  }

  @Override
  public String toString() {
    return "IdentityData[not shown]";
  }
}
