package org.sis.selectivesync.edfi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of bad file gives a problem with file, line and what is wrong, and imports nothing. */
class BadFilesTest extends ImportTestSupport {

  @Test
  void aFileThatIsNotXmlImportsNothing() {
    ImportResult result = importFiles(List.of(resource("bad-not-xml.xml")));

    assertThat(result.problems())
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::error)
        .containsExactly(tuple("bad-not-xml.xml", 1, ImportError.NOT_XML));
    assertThat(result.files().get(0).imported()).isFalse();
  }

  @Test
  void aTruncatedFileImportsNothing() throws SQLException {
    ImportResult result =
        importFiles(
            List.of(resource("EducationOrganization.xml"), resource("bad-truncated-Student.xml")));

    FileResult truncated = result.files().get(1);
    assertThat(truncated.imported()).isFalse();
    assertThat(truncated.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.error()).isEqualTo(ImportError.MALFORMED_XML);
              assertThat(problem.line()).isGreaterThan(5);
              assertThat(problem.message()).startsWith("The XML is broken or ends too early");
            });
    assertThat(rows("SELECT COUNT(*) FROM edfi_student")).containsExactly("0");
  }

  @Test
  void anUnknownNamespaceImportsNothing() {
    ImportResult result = importFiles(List.of(resource("bad-unknown-namespace-Student.xml")));

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.error()).isEqualTo(ImportError.UNKNOWN_NAMESPACE);
              assertThat(problem.line()).isEqualTo(2);
              assertThat(problem.message()).contains("'http://ed-fi.org/3.9.9'");
            });
  }

  @Test
  void aStudentWithoutDistrictCodeRejectsTheWholeFile() throws SQLException {
    ImportResult result =
        importFiles(
            List.of(
                resource("EducationOrganization.xml"),
                resource("Student.xml"),
                resource("bad-no-district-code-StudentEnrollment.xml")));

    assertThat(result.problems())
        .extracting(ImportProblem::line, ImportProblem::error, ImportProblem::message)
        .containsExactly(
            tuple(
                35,
                ImportError.NO_DISTRICT_CODE,
                "Student 900002 has no StudentIdentificationCode of the District identification"
                    + " system"),
            tuple(
                11,
                ImportError.UNKNOWN_STUDENT,
                "StudentSchoolAssociation refers to student 900002, who has no Student record or"
                    + " no District code for district 255901"));
    assertThat(result.files().get(2).imported()).isFalse();
    assertThat(rows("SELECT COUNT(*) FROM person")).containsExactly("0");
    assertThat(rows("SELECT COUNT(*) FROM enrollment")).containsExactly("0");
  }

  @Test
  void enrollmentsOfUnknownStudentsOrSchoolsAreNamed() throws SQLException {
    ImportResult result =
        importFiles(
            List.of(
                resource("EducationOrganization.xml"),
                resource("Student.xml"),
                resource("bad-unknown-references-StudentEnrollment.xml")));

    assertThat(result.problems())
        .extracting(ImportProblem::line, ImportProblem::message)
        .containsExactly(
            tuple(
                3,
                "StudentSchoolAssociation refers to school 255901555, which is not a school of"
                    + " district 255901"),
            tuple(
                11,
                "StudentSchoolAssociation refers to student 999999, who has no Student record or"
                    + " no District code for district 255901"));
    assertThat(rows("SELECT COUNT(*) FROM enrollment")).containsExactly("0");
  }

  @Test
  void duplicateKeysNameTheFirstOccurrence() throws SQLException {
    ImportResult result =
        importFiles(
            List.of(resource("EducationOrganization.xml"), resource("bad-duplicate-Student.xml")));

    assertThat(result.problems())
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::message)
        .containsExactly(
            tuple(
                "bad-duplicate-Student.xml", 14, "Duplicate Student 900001: first seen on line 3"));
    assertThat(rows("SELECT COUNT(*) FROM edfi_student")).containsExactly("0");
  }

  @Test
  void studentsOfADistrictNotYetImportedAreRefused() {
    ImportResult result = importFiles(List.of(resource("Student.xml")));

    assertThat(result.problems())
        .extracting(ImportProblem::line, ImportProblem::message)
        .containsExactly(
            tuple(
                0,
                "District 255901 is not in the district database: import its"
                    + " EducationOrganization interchange first"));
  }

  @Test
  void theCallerMayImportTheValidRecordsAndGetTheErrors() throws SQLException {
    ImportResult result =
        importFiles(
            List.of(
                resource("EducationOrganization.xml"),
                resource("Student.xml"),
                resource("bad-unknown-references-StudentEnrollment.xml")),
            ImportMode.VALID_RECORDS);

    assertThat(result.problems()).hasSize(2);
    assertThat(result.files()).allMatch(FileResult::imported);
    assertThat(result.changed(RecordType.PERSON)).isEqualTo(2);
    assertThat(rows("SELECT COUNT(*) FROM enrollment")).containsExactly("0");
  }

  @Test
  void problemMessagesNeverQuoteNamesOrBirthDates() {
    String broken =
        text("Student.xml")
            .replace("2010-04-05", "05.04.2010")
            .replace("<LastSurname>Sample</LastSurname>", "");

    ImportResult result =
        importFiles(
            List.of(
                resource("EducationOrganization.xml"), EdFiFile.of("Student.xml", bytes(broken))));

    assertThat(result.problems())
        .extracting(ImportProblem::message)
        .containsExactly(
            "BirthDate '(not shown)' is not a valid date (YYYY-MM-DD)",
            "Student 900002 has no LastSurname")
        .noneMatch(message -> message.contains("05.04.2010") || message.contains("Ben"));
  }
}
