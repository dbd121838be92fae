package org.sis.selectivesync.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sis.selectivesync.database.Database;
import org.sis.selectivesync.edfi.TestDatabases;
import org.sis.selectivesync.sync.SyncObject;
import org.sis.selectivesync.verify.HashStream.QuerySide;

/**
 * The hash queries on H2 with the plugin's schemas: a record copied column for column verifies as
 * matched, and a change in any one synced column makes it different.
 */
class HashQueriesTest {

  private static final int DISTRICT = 7;

  private DataSource district;
  private DataSource state;

  @BeforeEach
  void equalCopies() throws SQLException {
    district = TestDatabases.migrated(Database.DISTRICT);
    state = TestDatabases.migrated(Database.STATE);
    execute(
        district,
        "INSERT INTO district VALUES (7, 'Seven', 'S7')",
        "INSERT INTO school VALUES (70, 7, 'North', 'N-70', FALSE)",
        "INSERT INTO school VALUES (71, 7, 'Closed', NULL, TRUE)",
        "INSERT INTO calendar VALUES (700, 70, 2022, 'North 22', DATE '2021-08-20',"
            + " DATE '2022-05-27', FALSE)",
        "INSERT INTO person VALUES (1, 7, 'N1', NULL)",
        "INSERT INTO person VALUES (2, 7, 'N2', 'ST2')",
        "INSERT INTO person_identity VALUES (101, 1, DATE '2015-08-20', 'Ann', NULL, 'Lee',"
            + " DATE '2010-01-01', 'F', 'W')",
        "INSERT INTO person_identity VALUES (102, 1, DATE '2016-08-20', 'Ann', 'Mae', 'Lee',"
            + " DATE '2010-01-01', 'F', 'W')",
        "INSERT INTO enrollment VALUES (9001, 1, 700, '09', DATE '2021-08-20', 'E1', NULL, NULL,"
            + " 'P', FALSE, FALSE)",
        "INSERT INTO enrollment VALUES (9002, 2, 700, '10', DATE '2021-08-20', 'E1', NULL, NULL,"
            + " 'P', TRUE, FALSE)");
    execute(
        state,
        "INSERT INTO state_district VALUES (7, 'Seven', 'S7')",
        "INSERT INTO state_school VALUES (7, 70, 'North', 'N-70')",
        "INSERT INTO state_calendar VALUES (7, 700, 70, 2022, 'North 22', DATE '2021-08-20',"
            + " DATE '2022-05-27')",
        "INSERT INTO state_person VALUES (7, 1, 'S7-1', 'N1')",
        "INSERT INTO state_person VALUES (7, 2, 'ST2', 'N2')",
        "INSERT INTO state_identity VALUES (7, 101, 1, DATE '2015-08-20', 'Ann', NULL, 'Lee',"
            + " DATE '2010-01-01', 'F', 'W')",
        "INSERT INTO state_identity VALUES (7, 102, 1, DATE '2016-08-20', 'Ann', 'Mae', 'Lee',"
            + " DATE '2010-01-01', 'F', 'W')",
        "INSERT INTO state_enrollment VALUES (7, 9001, 1, 700, '09', DATE '2021-08-20', 'E1',"
            + " NULL, NULL, 'P')");
  }

  @ParameterizedTest
  @ValueSource(strings = {"School", "Calendar", "PersonIdentity", "Enrollment"})
  void equalCopiesMatchAndExcludedRecordsAreLeftOut(String object) throws SQLException {
    ComparisonCounts counts = compare(object);

    assertThat(counts.matched()).isEqualTo(counts.districtRecords());
    assertThat(counts.different() + counts.missingAtState() + counts.onlyAtState()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UPDATE state_identity SET first_name = 'Anne' WHERE identity_id = 101",
        "UPDATE state_identity SET middle_name = 'M' WHERE identity_id = 101",
        "UPDATE state_identity SET middle_name = NULL WHERE identity_id = 102",
        "UPDATE state_identity SET last_name = 'Le' WHERE identity_id = 102",
        "UPDATE state_identity SET birth_date = DATE '2010-01-04' WHERE identity_id = 101",
        "UPDATE state_identity SET effective_date = DATE '2015-08-21' WHERE identity_id = 101",
        "UPDATE state_identity SET gender = NULL WHERE identity_id = 101",
        "UPDATE state_identity SET race_ethnicity = 'A' WHERE identity_id = 102",
        "UPDATE state_person SET student_number = 'N9' WHERE person_id = 1",
        "DELETE FROM state_identity WHERE identity_id = 102",
        "INSERT INTO state_identity VALUES (7, 199, 1, DATE '2020-01-06', 'Ann', NULL, 'Lee-Old',"
            + " DATE '2010-01-01', 'F', 'W')"
      })
  void eachSyncedPersonColumnAndIdentityRowCounts(String change) throws SQLException {
    execute(state, change);

    assertThat(compare("PersonIdentity").different()).isEqualTo(1);
  }

  @Test
  void aStateIdCountsOnlyWhenTheDistrictHoldsOne() throws SQLException {
    execute(state, "UPDATE state_person SET state_id = 'OTHER' WHERE person_id = 1");
    assertThat(compare("PersonIdentity").different()).isZero();

    execute(state, "UPDATE state_person SET state_id = 'OTHER' WHERE person_id = 2");
    assertThat(compare("PersonIdentity").different()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UPDATE state_enrollment SET grade = '10'",
        "UPDATE state_enrollment SET start_date = DATE '2021-08-21'",
        "UPDATE state_enrollment SET start_status = NULL",
        "UPDATE state_enrollment SET end_date = DATE '2021-12-01'",
        "UPDATE state_enrollment SET end_status = 'W1'",
        "UPDATE state_enrollment SET service_type = 'S'",
        "UPDATE state_enrollment SET person_id = 2",
      })
  void eachSyncedEnrollmentColumnCounts(String change) throws SQLException {
    execute(state, change);

    assertThat(compare("Enrollment").different()).isEqualTo(1);
  }

  @Test
  void schoolAndCalendarColumnsCount() throws SQLException {
    execute(state, "UPDATE state_school SET state_school_number = NULL");
    execute(state, "UPDATE state_calendar SET end_date = NULL");

    assertThat(compare("School").different()).isEqualTo(1);
    assertThat(compare("Calendar").different()).isEqualTo(1);
  }

  @Test
  void anExcludedEnrollmentAtTheStateIsOnlyAtTheState() throws SQLException {
    execute(
        state,
        "INSERT INTO state_enrollment VALUES (7, 9002, 2, 700, '10', DATE '2021-08-20', 'E1',"
            + " NULL, NULL, 'P')");
    execute(district, "DELETE FROM enrollment WHERE enrollment_id = 9001");

    ComparisonCounts counts = compare("Enrollment");

    assertThat(counts).isEqualTo(new ComparisonCounts(0, 2, 0, 0, 0, 2));
  }

  private ComparisonCounts compare(String object) throws SQLException {
    SyncObject kind = SyncObject.ofDisplayName(object);
    try (HashStream left = HashStream.open(district, QuerySide.DISTRICT, kind, DISTRICT, 2);
        HashStream right = HashStream.open(state, QuerySide.STATE, kind, DISTRICT, 2)) {
      return new MergeComparison(10).compare(left, right, new Ignore());
    }
  }

  private static void execute(DataSource dataSource, String... statements) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.executeUpdate(sql);
      }
    }
  }

  private static final class Ignore implements ComparisonListener {
    @Override
    public void found(VerificationSet set, long key) {}

    @Override
    public void progress(long compared) {}
  }
}
