package org.sis.selectivesync.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sis.selectivesync.database.Database;

/**
 * A synthetic district shaped like the Ed-Fi sample, written with set-based SQL: persons 1..N,
 * identity rows {@code 2p-1} for every person and {@code 2p} for every second one (1.5 per person),
 * enrollments {@code 2p-1} and {@code 2p} in two school years at one of three schools.
 *
 * <p>The state copy is the same rows with a drift that repeats every 40 persons, so any key range
 * aligned to 40 sees the same work: persons {@code p % 20 in (0, 1)} are missing with their
 * identities and enrollments (10 %); {@code p % 40 = 2} has a changed last name and {@code p % 40 =
 * 22} an identity row gone at the district (5 % different persons); the enrollments of {@code p %
 * 20 = 7} have another grade (5 % different enrollments).
 */
final class SyntheticDistrict {

  static final int DISTRICT_ID = 900_001;

  private static final String PRESENT = " WHERE g % 20 NOT IN (0, 1)";

  private static final String GRADE = "CAST(g % 12 + 1 AS VARCHAR)";

  private final BenchDatabases databases;
  private final int persons;

  SyntheticDistrict(BenchDatabases databases, int persons) {
    this.databases = databases;
    this.persons = persons;
  }

  /** Writes the district and its drifted state copy, each database in a thread of its own. */
  void generate() {
    CompletableFuture<Void> district =
        CompletableFuture.runAsync(() -> run(Database.DISTRICT, districtSql()));
    CompletableFuture<Void> state =
        CompletableFuture.runAsync(() -> run(Database.STATE, stateSql()));
    try {
      CompletableFuture.allOf(district, state).join();
    } catch (CompletionException e) {
      throw new IllegalStateException("Generating the synthetic district failed", e.getCause());
    }
  }

  private void run(Database database, List<String> statements) {
    try (Connection connection = databases.connect(database);
        Statement statement = connection.createStatement()) {
      // Foreign keys are right by construction; skipping their triggers makes loading fast.
      statement.execute("SET session_replication_role = replica");
      for (String sql : statements) {
        statement.execute(sql);
      }
      statement.execute("SET session_replication_role = origin");
      statement.execute("VACUUM ANALYZE");
    } catch (SQLException e) {
      throw new IllegalStateException("Generating the " + database.label() + " database", e);
    }
  }

  private List<String> districtSql() {
    return List.of(
        "INSERT INTO district VALUES (" + DISTRICT_ID + ", 'Benchmark District', 'BM')",
        "INSERT INTO school (school_id, district_id, name, state_school_number)"
            + (" SELECT 9000 + s, " + DISTRICT_ID)
            + ", 'School ' || s, 'SSN' || s FROM generate_series(1, 3) s",
        "INSERT INTO calendar (calendar_id, school_id, school_year, name, start_date, end_date) "
            + calendars(""),
        "INSERT INTO person SELECT g, " + DISTRICT_ID + ", 'SN' || g, 'ST' || g FROM " + series(),
        "INSERT INTO person_identity SELECT * FROM " + identities(),
        "INSERT INTO enrollment (enrollment_id, person_id, calendar_id, grade, start_date,"
            + " start_status, end_date, end_status, service_type) "
            + enrollments(GRADE));
  }

  private List<String> stateSql() {
    String district = DISTRICT_ID + ", ";
    return List.of(
        "INSERT INTO state_district VALUES (" + DISTRICT_ID + ", 'Benchmark District', 'BM')",
        "INSERT INTO state_school SELECT "
            + district
            + "9000 + s, 'School ' || s, 'SSN' || s FROM generate_series(1, 3) s",
        "INSERT INTO state_calendar " + calendars(district),
        "INSERT INTO state_person SELECT "
            + district
            + "g, 'ST' || g, 'SN' || g FROM "
            + series()
            // Drift: 10 % of the persons are missing at the state.
            + PRESENT,
        "INSERT INTO state_identity SELECT "
            + district
            + "id, g, eff, first, middle,"
            + " CASE WHEN g % 40 = 2 THEN 'Old' || (g % 1009) ELSE last END,"
            + " birth, gender, race FROM "
            + identities()
            + PRESENT,
        // Drift: an identity row the district no longer has.
        "INSERT INTO state_identity SELECT "
            + district
            + (2L * persons)
            + " + g, g, DATE '2018-01-01', 'Gone', NULL, 'Gone', NULL, NULL, NULL FROM "
            + series()
            + " WHERE g % 40 = 22",
        "INSERT INTO state_enrollment SELECT "
            + district
            + "x.* FROM ("
            + enrollments("CASE WHEN g % 20 = 7 THEN 'KG' ELSE " + GRADE + " END")
            + ") x WHERE x.person_id % 20 NOT IN (0, 1)");
  }

  private static String calendars(String district) {
    return "SELECT "
        + district
        + "90000 + s * 10 + y, 9000 + s, 2024 + y, 'Calendar ' || (2024 + y),"
        + " make_date(2023 + y, 8, 15), make_date(2024 + y, 6, 10)"
        + " FROM generate_series(1, 3) s, generate_series(1, 2) y";
  }

  /** A derived table of every district identity row, its person as column {@code g}. */
  private String identities() {
    String columns =
        ", 'First' || (g % 997) AS first,"
            + " CASE WHEN g % 4 = 0 THEN NULL ELSE 'M' || (g % 53) END AS middle, ";
    String rest =
        ", DATE '2009-01-01' + CAST(g % 3650 AS INTEGER) AS birth,"
            + " CASE WHEN g % 2 = 0 THEN 'F' ELSE 'M' END AS gender, 'R' || (g % 7) AS race";
    return "(SELECT 2 * g - 1 AS id, g, DATE '2019-08-01' AS eff"
        + columns
        + "'Last' || (g % 1009) AS last"
        + rest
        + " FROM "
        + series()
        + " UNION ALL SELECT 2 * g, g, DATE '2022-01-10'"
        + columns
        + "'Wed' || (g % 1013)"
        + rest
        + " FROM generate_series(2, "
        + persons
        + ", 2) g) i";
  }

  /** Both enrollments of every person {@code g}, with a grade expression. */
  private String enrollments(String grade) {
    return "SELECT 2 * g - 2 + y AS enrollment_id, g AS person_id,"
        + " 90000 + (g % 3 + 1) * 10 + y, "
        + grade
        + ", make_date(2023 + y, 8, 20), 'E1', CASE WHEN y = 1 THEN DATE '2025-06-05' END,"
        + " CASE WHEN y = 1 THEN 'W1' END, 'P' FROM "
        + series()
        + ", generate_series(1, 2) y";
  }

  private String series() {
    return "generate_series(1, " + persons + ") g";
  }
}
