package org.sis.selectivesync.edfi;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The EducationOrganization interchange: the LocalEducationAgency of the district being imported
 * becomes its {@code district} row, its Schools {@code school} rows. State education agencies and
 * service centers are read and left out (the district database has no table for them), as are
 * courses, programs, locations and the like.
 */
final class EducationOrganizationLoader implements InterchangeLoader {

  private static final String LEA = "LocalEducationAgency";
  private static final String SCHOOL = "School";

  /** LocalEducationAgency element IDs of the file, for references by {@code ref}. */
  private final Map<String, Integer> agencyIds = new HashMap<>();

  @Override
  public void load(FileImport file) throws SQLException {
    file.pass(
        Set.of(LEA, SCHOOL),
        record -> {
          if (record.name().equals(LEA)) {
            district(file, record);
          } else {
            school(file, record);
          }
        });
  }

  private void district(FileImport file, EdFiElement record) throws SQLException {
    int agencyId =
        FileImport.toInt(
            FileImport.required(record, LEA, "LocalEducationAgencyId"), "LocalEducationAgencyId");
    record.id().ifPresent(id -> agencyIds.put(id, agencyId));
    if (agencyId != file.districtId()) {
      throw new InvalidRecordException(
          ImportError.OTHER_DISTRICT, LEA, agencyId, agencyId, file.districtId());
    }
    file.firstOccurrence(LEA, String.valueOf(agencyId), record.line());
    String name = FileImport.required(record, LEA + " " + agencyId, "NameOfInstitution");
    boolean changed = file.tables().putDistrict(agencyId, name, stateCode(record));
    file.count(RecordType.DISTRICT, changed);
  }

  private void school(FileImport file, EdFiElement record) throws SQLException {
    int schoolId =
        FileImport.toInt(
            record
                .textAt("SchoolId")
                .orElseThrow(
                    () ->
                        new InvalidRecordException(
                            ImportError.MISSING_ELEMENT, SCHOOL, "SchoolId")),
            "SchoolId");
    String label = SCHOOL + " " + schoolId;
    int agencyId = agencyOf(record, label);
    if (agencyId != file.districtId()) {
      throw new InvalidRecordException(
          ImportError.OTHER_DISTRICT, SCHOOL, schoolId, agencyId, file.districtId());
    }
    Optional<Integer> existingDistrict = file.tables().schoolDistrict(schoolId);
    if (existingDistrict.isPresent() && existingDistrict.get() != file.districtId()) {
      throw new InvalidRecordException(
          ImportError.OTHER_DISTRICT, SCHOOL, schoolId, existingDistrict.get(), file.districtId());
    }
    if (!file.tables().districtExists(file.districtId())) {
      throw new InvalidRecordException(ImportError.UNKNOWN_DISTRICT, file.districtId());
    }
    file.firstOccurrence(SCHOOL, String.valueOf(schoolId), record.line());
    String name = FileImport.required(record, label, "NameOfInstitution");
    boolean changed =
        file.tables().putSchool(schoolId, file.districtId(), name, stateNumber(record, schoolId));
    file.count(RecordType.SCHOOL, changed);
  }

  private int agencyOf(EdFiElement school, String label) {
    EdFiElement reference =
        school.children("LocalEducationAgencyReference").stream()
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidRecordException(
                        ImportError.MISSING_ELEMENT, label, "LocalEducationAgencyReference"));
    Optional<String> byIdentity = reference.textOf("LocalEducationAgencyId");
    if (byIdentity.isPresent()) {
      return FileImport.toInt(byIdentity.get(), "LocalEducationAgencyId");
    }
    String ref = reference.ref().orElse("");
    Integer agency = agencyIds.get(ref);
    if (agency == null) {
      throw new InvalidRecordException(
          ImportError.INVALID_VALUE,
          "LocalEducationAgencyReference",
          ref,
          "reference to a LocalEducationAgency of this file");
    }
    return agency;
  }

  /** The state abbreviation of the physical address, else of the first address, else empty. */
  private static String stateCode(EdFiElement agency) {
    return agency.children("Address").stream()
        .sorted((a, b) -> Boolean.compare(isPhysical(b), isPhysical(a)))
        .map(address -> address.textOf("StateAbbreviation"))
        .flatMap(Optional::stream)
        .map(Descriptors::codeValue)
        .findFirst()
        .orElse("");
  }

  private static boolean isPhysical(EdFiElement address) {
    return address
        .textOf("AddressType")
        .map(Descriptors::codeValue)
        .filter("Physical"::equalsIgnoreCase)
        .isPresent();
  }

  /** The school's identification code of the SEA system, else its SchoolId. */
  private static String stateNumber(EdFiElement school, int schoolId) {
    return school.children("EducationOrganizationIdentificationCode").stream()
        .filter(
            code ->
                code.textOf("EducationOrganizationIdentificationSystem")
                    .map(Descriptors::codeValue)
                    .filter("SEA"::equalsIgnoreCase)
                    .isPresent())
        .map(code -> code.textOf("IdentificationCode"))
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(String.valueOf(schoolId));
  }
}
