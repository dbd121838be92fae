package org.sis.selectivesync.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sis.selectivesync.database.Database;
import org.sis.selectivesync.edfi.ImportResult;
import org.sis.selectivesync.edfi.RecordType;
import org.sis.selectivesync.edfi.TestDatabases;

/**
 * The bundled sample imported into empty databases and drifted, as on the demo's first start; the
 * keys asserted here are the ones docs/demo-data.md lists.
 */
class DemoSampleTest {

  private static final LocalDate TODAY = LocalDate.of(2024, 9, 2);

  private static DataSource district;
  private static DataSource state;
  private static List<ImportResult> imported;
  private static Duration importTime;
  private static Map<DriftedStateCopy.Copied, Integer> copied;

  @BeforeAll
  static void loadDemo() throws SQLException {
    district = TestDatabases.migrated(Database.DISTRICT);
    state = TestDatabases.migrated(Database.STATE);
    long started = System.nanoTime();
    imported = DemoSample.importInto(district, TODAY);
    importTime = Duration.ofNanos(System.nanoTime() - started);
    copied = new DriftedStateCopy(district, state).apply();
  }

  @Test
  void bothDistrictsImportWithinFifteenSeconds() {
    assertThat(importTime).isLessThan(Duration.ofSeconds(15));
    assertThat(imported.get(0).changed(RecordType.PERSON)).isEqualTo(854);
    assertThat(imported.get(1).changed(RecordType.PERSON)).isEqualTo(886);
    assertThat(imported.get(0).changed(RecordType.ENROLLMENT)).isEqualTo(854);
    assertThat(imported.get(1).changed(RecordType.CALENDAR)).isEqualTo(3);
  }

  @Test
  void studentsWithASharedDistrictCodeAreLeftOut() {
    assertThat(imported.get(0).problems())
        .extracting(problem -> problem.message())
        .contains(
            "Duplicate District code 474: first seen on line 25442",
            "Duplicate District code 805: first seen on line 54481");
    assertThat(imported.get(1).problems()).hasSize(4);
  }

  @Test
  void theStateCopyHasTheDocumentedCounts() {
    assertThat(copied)
        .containsEntry(DriftedStateCopy.Copied.DISTRICTS, 2)
        .containsEntry(DriftedStateCopy.Copied.SCHOOLS, 5)
        .containsEntry(DriftedStateCopy.Copied.CALENDARS, 4)
        .containsEntry(DriftedStateCopy.Copied.PERSONS, 1655)
        .containsEntry(DriftedStateCopy.Copied.IDENTITIES, 1741)
        .containsEntry(DriftedStateCopy.Copied.ENROLLMENTS, 1023);
  }

  @Test
  void personsDriftByTheirDistrictCode() throws SQLException {
    assertThat(rows(state, "SELECT COUNT(*) FROM state_person WHERE person_id = 255903000823"))
        .containsExactly("0");
    assertThat(lastNames(district, "person_identity", 255903000822L))
        .isNotEqualTo(lastNames(state, "state_identity", 255903000822L));
    assertThat(rows(state, "SELECT identity_id FROM state_identity WHERE person_id = 255903000824"))
        .containsExactly("25590300082401", "25590300082499");
    assertThat(birthDate(state, "state_identity", 255903000845L))
        .isEqualTo(birthDate(district, "person_identity", 255903000845L).plusDays(3));
    assertThat(rows(state, "SELECT COUNT(*) FROM state_identity WHERE person_id = 255903000821"))
        .containsExactly("1");
  }

  @Test
  void enrollmentsDriftAndCarryTheHostFlags() throws SQLException {
    assertThat(
            rows(state, "SELECT grade FROM state_enrollment WHERE enrollment_id = 50425597932794"))
        .containsExactly("04");
    assertThat(
            rows(
                state,
                "SELECT end_date FROM state_enrollment WHERE enrollment_id = 905363363955294"))
        .containsExactly("2021-11-21");
    assertThat(
            rows(
                state,
                "SELECT COUNT(*) FROM state_enrollment WHERE enrollment_id IN"
                    + " (265789235997338, 339810035870787, 730788150301987, 704385115314657,"
                    + " 373196508937627, 930365881711005)"))
        .containsExactly("0");
    assertThat(
            rows(
                district,
                "SELECT state_exclude, no_show FROM enrollment"
                    + " WHERE enrollment_id IN (339810035870787, 730788150301987)"
                    + " ORDER BY enrollment_id"))
        .containsExactly("TRUE|FALSE", "FALSE|TRUE");
    assertThat(rows(state, "SELECT COUNT(*) FROM state_calendar WHERE calendar_id = 90304422"))
        .containsExactly("0");
    assertThat(rows(district, "SELECT state_excluded FROM school WHERE school_id = 255902044"))
        .containsExactly("TRUE");
  }

  private static List<String> lastNames(DataSource dataSource, String table, long personId)
      throws SQLException {
    return rows(dataSource, "SELECT last_name FROM " + table + " WHERE person_id = " + personId);
  }

  private static LocalDate birthDate(DataSource dataSource, String table, long personId)
      throws SQLException {
    return LocalDate.parse(
        rows(dataSource, "SELECT birth_date FROM " + table + " WHERE person_id = " + personId)
            .get(0));
  }

  private static List<String> rows(DataSource dataSource, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(String.valueOf(result.getString(i)));
        }
        rows.add(String.join("|", values));
      }
    }
    return rows;
  }
}
