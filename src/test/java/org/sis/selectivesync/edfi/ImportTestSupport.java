package org.sis.selectivesync.edfi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.sis.selectivesync.database.Database;

/** A fresh district database per test and helpers to import crafted files and read rows. */
abstract class ImportTestSupport {

  static final int DISTRICT = 255901;
  static final LocalDate TODAY = LocalDate.of(2024, 9, 2);

  DataSource district;

  @BeforeEach
  void emptyDistrictDatabase() {
    district = TestDatabases.migrated(Database.DISTRICT);
  }

  static List<EdFiFile> goodFiles() {
    return List.of(
        resource("StudentEnrollment.xml"),
        resource("Student.xml"),
        resource("EducationOrganization.xml"));
  }

  static EdFiFile resource(String name) {
    return EdFiFile.ofResource("edfi/" + name);
  }

  ImportResult importFiles(List<EdFiFile> files) {
    return importFiles(files, ImportMode.ALL_OR_NOTHING);
  }

  ImportResult importFiles(List<EdFiFile> files, ImportMode mode) {
    return new DistrictImport(district, DISTRICT, mode, TODAY, Locale.ENGLISH).run(files);
  }

  List<String> snapshot() throws SQLException {
    List<String> all = new ArrayList<>();
    for (String table :
        List.of(
            "district",
            "school",
            "calendar",
            "person",
            "person_identity",
            "enrollment",
            "edfi_student")) {
      all.addAll(rows("SELECT * FROM " + table + " ORDER BY 1, 2"));
    }
    return all;
  }

  List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = district.getConnection();
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

  static String text(String name) {
    try (InputStream in =
        ImportTestSupport.class.getClassLoader().getResourceAsStream("edfi/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
