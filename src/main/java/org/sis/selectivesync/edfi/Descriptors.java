package org.sis.selectivesync.edfi;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns Ed-Fi descriptor values ({@code uri://ed-fi.org/GradeLevelDescriptor#Fifth grade}) into the
 * short codes of the district database. Only the code value after {@code #} counts, so a state's
 * own descriptor namespace maps the same way. The tables are listed in docs/edfi-import.md.
 */
final class Descriptors {

  private static final Map<String, String> GRADES =
      Map.ofEntries(
          Map.entry("infant/toddler", "IT"),
          Map.entry("early education", "EE"),
          Map.entry("preschool/prekindergarten", "PK"),
          Map.entry("kindergarten", "KG"),
          Map.entry("first grade", "01"),
          Map.entry("second grade", "02"),
          Map.entry("third grade", "03"),
          Map.entry("fourth grade", "04"),
          Map.entry("fifth grade", "05"),
          Map.entry("sixth grade", "06"),
          Map.entry("seventh grade", "07"),
          Map.entry("eighth grade", "08"),
          Map.entry("ninth grade", "09"),
          Map.entry("tenth grade", "10"),
          Map.entry("eleventh grade", "11"),
          Map.entry("twelfth grade", "12"),
          Map.entry("grade 13", "13"),
          Map.entry("postsecondary", "PS"),
          Map.entry("adult education", "AE"),
          Map.entry("ungraded", "UG"),
          Map.entry("other", "OT"));

  private static final Map<String, String> SEXES =
      Map.of("male", "M", "female", "F", "not selected", "U", "non-binary", "X");

  private static final Map<String, String> RACES =
      Map.of(
          "american indian - alaska native", "AM",
          "asian", "AS",
          "black - african american", "BL",
          "native hawaiian - pacific islander", "PI",
          "white", "WH");

  private static final Map<String, String> EXITS =
      Map.ofEntries(
          Map.entry("dropout", "DROPOUT"),
          Map.entry("involuntarily removed", "REMOVED"),
          Map.entry("transferred", "TRANSFERRED"),
          Map.entry("graduated", "GRADUATED"),
          Map.entry("completed", "COMPLETED"),
          Map.entry("expelled", "EXPELLED"),
          Map.entry("died", "DIED"));

  /** Longest end status the district table holds. */
  private static final int STATUS_LENGTH = 20;

  private Descriptors() {}

  /** The code value of a descriptor URI: the part after {@code #}, or the whole value. */
  static String codeValue(String descriptor) {
    int hash = descriptor.lastIndexOf('#');
    return (hash < 0 ? descriptor : descriptor.substring(hash + 1)).trim();
  }

  /** The district grade of a GradeLevelDescriptor ("Fifth grade" → "05"), if known. */
  static Optional<String> grade(String descriptor) {
    return Optional.ofNullable(GRADES.get(key(descriptor)));
  }

  /** The district gender of a SexDescriptor; an unknown value becomes "U". */
  static String gender(String descriptor) {
    return SEXES.getOrDefault(key(descriptor), "U");
  }

  /**
   * The district race/ethnicity: "HI" when Hispanic/Latino, else the code of the one race, "MR" for
   * more than one, empty for none; an unknown race counts as "OT".
   */
  static Optional<String> raceEthnicity(boolean hispanicLatino, List<String> raceDescriptors) {
    if (hispanicLatino) {
      return Optional.of("HI");
    }
    if (raceDescriptors.size() > 1) {
      return Optional.of("MR");
    }
    return raceDescriptors.stream().findFirst().map(race -> RACES.getOrDefault(key(race), "OT"));
  }

  /** The district end status of an ExitWithdrawTypeDescriptor. */
  static String endStatus(String descriptor) {
    String code = codeValue(descriptor);
    String status = EXITS.getOrDefault(key(descriptor), code.toUpperCase(Locale.ROOT));
    return status.length() <= STATUS_LENGTH ? status : status.substring(0, STATUS_LENGTH);
  }

  private static String key(String descriptor) {
    return codeValue(descriptor).toLowerCase(Locale.ROOT);
  }
}
