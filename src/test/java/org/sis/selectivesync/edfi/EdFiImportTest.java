package org.sis.selectivesync.edfi;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Ed-Fi import on small crafted files: mapping, repeated imports, data standard 5.x. */
class EdFiImportTest extends ImportTestSupport {

  @Test
  void mapsDistrictSchoolsPersonsIdentitiesAndEnrollments() throws SQLException {
    ImportResult result = importFiles(goodFiles());

    assertThat(result.problems()).isEmpty();
    assertThat(rows("SELECT district_id, name, state_code FROM district"))
        .containsExactly("255901|Test Valley ISD|TX");
    assertThat(rows("SELECT school_id, name, state_school_number FROM school ORDER BY school_id"))
        .containsExactly(
            "255901001|Test Valley High School|0001",
            "255901107|Test Valley Elementary School|255901107");
    assertThat(rows("SELECT person_id, district_id, student_number, state_id FROM person"))
        .containsExactlyInAnyOrder(
            "255901000041|255901|S-41|900001", "255901000042|255901|null|900002");
    assertThat(
            rows(
                "SELECT identity_id, effective_date, first_name, middle_name, last_name,"
                    + " birth_date, gender, race_ethnicity FROM person_identity"
                    + " ORDER BY identity_id"))
        .containsExactly(
            "25590100004101|2010-04-05|Ana|B|Testperson|2010-04-05|F|MR",
            "25590100004201|2016-09-30|Ben|null|Sample Jr|2016-09-30|M|HI");
  }

  @Test
  void mapsEnrollmentsIntoCalendarsOfTheSchoolYear() throws SQLException {
    importFiles(goodFiles());

    long ninth =
        DistrictKeys.enrollmentId(DISTRICT, "900001", 255901001, LocalDate.of(2021, 8, 23));
    long kindergarten =
        DistrictKeys.enrollmentId(DISTRICT, "900002", 255901107, LocalDate.of(2022, 7, 15));
    assertThat(
            rows(
                "SELECT enrollment_id, person_id, calendar_id, grade, start_date, end_date,"
                    + " end_status, service_type, state_exclude, no_show FROM enrollment"
                    + " ORDER BY person_id"))
        .containsExactly(
            ninth + "|255901000041|90100122|09|2021-08-23|2022-01-14|REMOVED|P|FALSE|FALSE",
            kindergarten + "|255901000042|90110722|KG|2022-07-15|null|null|P|FALSE|FALSE");
    assertThat(
            rows(
                "SELECT calendar_id, school_id, school_year, name, start_date, end_date"
                    + " FROM calendar ORDER BY calendar_id"))
        .containsExactly(
            "90100122|255901001|2022|2021-22 Test Valley High School|2021-08-01|2022-07-31",
            "90110722|255901107|2022|2021-22 Test Valley Elementary School|2021-08-01|2022-07-31");
  }

  @Test
  void importingTheSameFilesAgainChangesNothing() throws SQLException {
    importFiles(goodFiles());
    List<String> before = snapshot();

    ImportResult again = importFiles(goodFiles());

    assertThat(again.problems()).isEmpty();
    for (RecordType type : RecordType.values()) {
      assertThat(again.changed(type)).as(type.name()).isZero();
    }
    assertThat(again.accepted(RecordType.ENROLLMENT)).isEqualTo(2);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aChangedNameBecomesANewIdentityRowEffectiveToday() throws SQLException {
    importFiles(goodFiles());
    String renamed = text("Student.xml").replace("Testperson", "Testperson-Lee");

    ImportResult result = importFiles(List.of(EdFiFile.of("Student.xml", bytes(renamed))));

    assertThat(result.changed(RecordType.IDENTITY)).isEqualTo(1);
    assertThat(
            rows(
                "SELECT identity_id, effective_date, last_name FROM person_identity"
                    + " WHERE person_id = 255901000041 ORDER BY identity_id"))
        .containsExactly(
            "25590100004101|2010-04-05|Testperson", "25590100004102|2024-09-02|Testperson-Lee");
  }

  @Test
  void takesDataStandard5Interchanges() throws SQLException {
    List<EdFiFile> v5 = new ArrayList<>();
    for (EdFiFile file : goodFiles()) {
      String content =
          text(file.name())
              .replace("http://ed-fi.org/4.0.0-a", "http://ed-fi.org/5.0.0")
              .replace(
                  "</EntryGradeLevel>",
                  "</EntryGradeLevel><EnrollmentType>uri://ed-fi.org/EnrollmentTypeDescriptor#Full"
                      + " Time</EnrollmentType>");
      v5.add(EdFiFile.of(file.name(), bytes(content)));
    }
    ImportResult result = importFiles(v5);

    assertThat(result.problems()).isEmpty();
    assertThat(rows("SELECT COUNT(*) FROM enrollment")).containsExactly("2");
    assertThat(rows("SELECT last_name, gender FROM person_identity ORDER BY identity_id"))
        .containsExactly("Testperson|F", "Sample Jr|M");
  }
}
