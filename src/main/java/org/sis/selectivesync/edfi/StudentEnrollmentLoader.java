package org.sis.selectivesync.edfi;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The StudentEnrollment interchange, read in two passes because the file lists enrollments before
 * the associations that identify the students. First each StudentEducationOrganizationAssociation
 * of the district gives a student its personID (from the District code), its person row and its
 * identity with sex and race/ethnicity; then each StudentSchoolAssociation becomes an enrollment,
 * in a calendar of its school and school year.
 */
final class StudentEnrollmentLoader implements InterchangeLoader {

  private static final String SEOA = "StudentEducationOrganizationAssociation";
  private static final String SSA = "StudentSchoolAssociation";
  private static final String DISTRICT_SYSTEM = "District";
  private static final String STUDENT_NUMBER_SYSTEM = "Student Number";
  private static final String SSN = "SSN";

  @Override
  public void load(FileImport file) throws SQLException {
    file.requireDistrict();
    file.pass(Set.of(SEOA), record -> person(file, record));
    file.tables().flush();
    file.pass(Set.of(SSA), record -> enrollment(file, record));
  }

  private static void person(FileImport file, EdFiElement record) throws SQLException {
    String uniqueId = studentOf(record, SEOA);
    int organization =
        FileImport.toInt(
            requiredIn(record, SEOA, "EducationOrganizationReference", "EducationOrganizationId"),
            "EducationOrganizationId");
    if (organization != file.districtId()) {
      return;
    }
    file.firstOccurrence(SEOA, uniqueId, record.line());
    DistrictTables tables = file.tables();
    StagedStudent staged =
        tables
            .stagedStudent(file.districtId(), uniqueId)
            .orElseThrow(
                () ->
                    new InvalidRecordException(
                        ImportError.UNKNOWN_STUDENT, SEOA, uniqueId, file.districtId()));
    String districtCode =
        identificationCode(record, DISTRICT_SYSTEM)
            .orElseThrow(() -> new InvalidRecordException(ImportError.NO_DISTRICT_CODE, uniqueId));
    long personId = DistrictKeys.personId(file.districtId(), uniqueId, districtCode);
    file.firstOccurrence("District code", districtCode, record.line());
    checkPersonId(tables, staged, personId);

    IdentityData identity =
        staged.identity().withDemographics(gender(record), raceEthnicity(record));
    file.count(
        RecordType.PERSON,
        tables.putPerson(personId, file.districtId(), studentNumber(record), uniqueId));
    file.count(RecordType.IDENTITY, tables.putIdentity(personId, identity, file.today()));
    StagedStudent linked = new StagedStudent(file.districtId(), uniqueId, personId, identity);
    tables.putStagedStudent(linked, Optional.of(staged));
  }

  private static void checkPersonId(DistrictTables tables, StagedStudent staged, long personId)
      throws SQLException {
    String uniqueId = staged.studentUniqueId();
    OptionalLong known = staged.personId();
    if (known.isPresent() && known.getAsLong() != personId) {
      throw new InvalidRecordException(
          ImportError.PERSON_ID_CHANGED, uniqueId, known.getAsLong(), personId);
    }
    Optional<String> holder = tables.studentOfPerson(personId);
    if (holder.isPresent() && !holder.get().equals(uniqueId)) {
      throw new InvalidRecordException(
          ImportError.PERSON_ID_TAKEN, uniqueId, personId, holder.get());
    }
  }

  private static void enrollment(FileImport file, EdFiElement record) throws SQLException {
    String uniqueId = studentOf(record, SSA);
    int schoolId =
        FileImport.toInt(requiredIn(record, SSA, "SchoolReference", "SchoolId"), "SchoolId");
    LocalDate entry = FileImport.toDate(FileImport.required(record, SSA, "EntryDate"), "EntryDate");
    String gradeLevel = FileImport.required(record, SSA, "EntryGradeLevel");
    String grade =
        Descriptors.grade(gradeLevel)
            .orElseThrow(
                () ->
                    new InvalidRecordException(
                        ImportError.UNKNOWN_GRADE_LEVEL, Descriptors.codeValue(gradeLevel)));

    DistrictTables tables = file.tables();
    if (!tables.schoolDistrict(schoolId).filter(d -> d == file.districtId()).isPresent()) {
      throw new InvalidRecordException(
          ImportError.UNKNOWN_SCHOOL, SSA, schoolId, file.districtId());
    }
    long personId =
        tables
            .personOfStudent(file.districtId(), uniqueId)
            .orElseThrow(
                () ->
                    new InvalidRecordException(
                        ImportError.UNKNOWN_STUDENT, SSA, uniqueId, file.districtId()));
    file.firstOccurrence(SSA, uniqueId + "/" + schoolId + "/" + entry, record.line());

    int schoolYear = schoolYear(record, entry);
    DistrictTables.Calendar calendar =
        tables.calendar(
            schoolId, schoolYear, tables.schoolName(schoolId).orElse(String.valueOf(schoolId)));
    if (calendar.created()) {
      file.count(RecordType.CALENDAR, true);
    }
    long enrollmentId = DistrictKeys.enrollmentId(file.districtId(), uniqueId, schoolId, entry);
    Optional<EnrollmentRow> existing = tables.enrollment(enrollmentId);
    if (existing.isPresent()
        && (existing.get().personId() != personId || !existing.get().startDate().equals(entry))) {
      throw new InvalidRecordException(
          ImportError.ENROLLMENT_ID_COLLISION, uniqueId, schoolId, entry, enrollmentId);
    }
    Optional<LocalDate> exit =
        record
            .textOf("ExitWithdrawDate")
            .map(value -> FileImport.toDate(value, "ExitWithdrawDate"));
    String endStatus = record.textOf("ExitWithdrawType").map(Descriptors::endStatus).orElse(null);
    EnrollmentRow row =
        new EnrollmentRow(
            enrollmentId, personId, calendar.id(), grade, entry, exit.orElse(null), endStatus);
    file.count(RecordType.ENROLLMENT, tables.putEnrollment(row, existing));
  }

  /** The SchoolYear of the association or of its calendar reference, else of the entry date. */
  private static int schoolYear(EdFiElement association, LocalDate entry) {
    Optional<String> given = association.textAt("SchoolYear");
    if (given.isEmpty()) {
      given =
          association.children("CalendarReference").stream()
              .findFirst()
              .flatMap(reference -> reference.textOf("SchoolYear"));
    }
    return given
        .map(year -> FileImport.toInt(year, "SchoolYear"))
        .orElse(DistrictKeys.schoolYear(entry));
  }

  private static String studentOf(EdFiElement record, String label) {
    return requiredIn(record, label, "StudentReference", "StudentUniqueId");
  }

  /** The text of an element inside a direct child, such as SchoolReference … SchoolId. */
  private static String requiredIn(EdFiElement record, String label, String child, String element) {
    return record.children(child).stream()
        .findFirst()
        .flatMap(reference -> reference.textOf(element))
        .orElseThrow(
            () ->
                new InvalidRecordException(
                    ImportError.MISSING_ELEMENT, label, child + "/" + element));
  }

  private static Optional<String> identificationCode(EdFiElement record, String system) {
    return identificationCodes(record, system).stream()
        .map(code -> code.textOf("IdentificationCode"))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static List<EdFiElement> identificationCodes(EdFiElement record, String system) {
    return record.children("StudentIdentificationCode").stream()
        .filter(
            code ->
                code.textOf("StudentIdentificationSystem")
                    .map(Descriptors::codeValue)
                    .filter(system::equalsIgnoreCase)
                    .isPresent())
        .toList();
  }

  /** The Student Number code, unless a Social Security number was used as such. */
  private static String studentNumber(EdFiElement record) {
    return identificationCodes(record, STUDENT_NUMBER_SYSTEM).stream()
        .filter(
            code ->
                !code.textOf("AssigningOrganizationIdentificationCode")
                    .filter(SSN::equalsIgnoreCase)
                    .isPresent())
        .map(code -> code.textOf("IdentificationCode"))
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(null);
  }

  private static String gender(EdFiElement record) {
    return record.textAt("Sex").map(Descriptors::gender).orElse(null);
  }

  private static String raceEthnicity(EdFiElement record) {
    boolean hispanic =
        record
            .textAt("HispanicLatinoEthnicity")
            .filter(v -> v.equals("1") || v.equalsIgnoreCase("true"))
            .isPresent();
    List<String> races =
        record.children("Race").stream().map(EdFiElement::text).filter(v -> !v.isEmpty()).toList();
    return Descriptors.raceEthnicity(hispanic, races).orElse(null);
  }
}
