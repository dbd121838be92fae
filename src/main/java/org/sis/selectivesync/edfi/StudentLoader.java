package org.sis.selectivesync.edfi;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * The Student interchange: each Student's name and birth date are kept under its StudentUniqueId
 * ({@code edfi_student}); a student whose District code is already known also gets its person's
 * identity updated. Person records of the interchange are left out.
 */
final class StudentLoader implements InterchangeLoader {

  private static final String STUDENT = "Student";

  /** Longest name the district tables hold. */
  private static final int NAME_LENGTH = 80;

  @Override
  public void load(FileImport file) throws SQLException {
    file.requireDistrict();
    file.pass(Set.of(STUDENT), record -> student(file, record));
  }

  private static void student(FileImport file, EdFiElement record) throws SQLException {
    String uniqueId =
        record
            .textAt("StudentUniqueId")
            .orElseThrow(
                () ->
                    new InvalidRecordException(
                        ImportError.MISSING_ELEMENT, STUDENT, "StudentUniqueId"));
    file.firstOccurrence(STUDENT, uniqueId, record.line());
    IdentityData named = identity(record, STUDENT + " " + uniqueId);

    DistrictTables tables = file.tables();
    Optional<StagedStudent> existing = tables.stagedStudent(file.districtId(), uniqueId);
    IdentityData identity =
        existing
            .map(
                staged ->
                    named.withDemographics(
                        staged.identity().gender(), staged.identity().raceEthnicity()))
            .orElse(named);
    Long personId = existing.map(StagedStudent::personIdOrNull).orElse(null);
    StagedStudent staged = new StagedStudent(file.districtId(), uniqueId, personId, identity);

    file.count(RecordType.STUDENT, tables.putStagedStudent(staged, existing));
    if (personId != null) {
      file.count(RecordType.IDENTITY, tables.putIdentity(personId, identity, file.today()));
    }
  }

  /** Name and birth date; a generation suffix (Jr, III) is appended to the last name. */
  private static IdentityData identity(EdFiElement student, String label) {
    String first = FileImport.required(student, label, "FirstName");
    String last = FileImport.required(student, label, "LastSurname");
    Optional<String> suffix = student.textOf("GenerationCodeSuffix");
    String birthDate = FileImport.required(student, label, "BirthDate");
    return new IdentityData(
        fit(first),
        student.textOf("MiddleName").map(StudentLoader::fit).orElse(null),
        fit(suffix.map(value -> last + " " + value).orElse(last)),
        FileImport.toPrivateDate(birthDate, "BirthDate"),
        null,
        null);
  }

  private static String fit(String name) {
    return name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH);
  }
}
