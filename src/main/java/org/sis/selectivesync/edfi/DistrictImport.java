package org.sis.selectivesync.edfi;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Imports a set of Ed-Fi files into the district database for one district. The files are put in
 * interchange order (education organizations, students, enrollments) and each is imported in a
 * transaction of its own: with {@link ImportMode#ALL_OR_NOTHING} a file with any problem is rolled
 * back, with {@link ImportMode#VALID_RECORDS} its valid records are committed. A file that is not a
 * readable interchange imports nothing in either mode.
 */
public final class DistrictImport {

  /** Rows per JDBC batch (default). */
  static final int BATCH_SIZE = 500;

  private static final Logger LOG = Logger.getLogger(DistrictImport.class.getName());

  private final DataSource district;
  private final int districtId;
  private final ImportMode mode;
  private final LocalDate today;
  private final Locale locale;

  /**
   * @param district the district database
   * @param districtId the LocalEducationAgencyId of the district whose files these are
   * @param mode what happens to a file with problems
   * @param today the effective date of an identity that changed since the last import
   * @param locale the language of the problem messages
   */
  public DistrictImport(
      DataSource district, int districtId, ImportMode mode, LocalDate today, Locale locale) {
    this.district = district;
    this.districtId = districtId;
    this.mode = mode;
    this.today = today;
    this.locale = locale;
  }

  /** Imports the files; never throws for bad content, which is reported in the result. */
  public ImportResult run(List<EdFiFile> files) {
    List<FileResult> results = new ArrayList<>();
    List<Typed> typed = new ArrayList<>();
    for (EdFiFile file : files) {
      try {
        typed.add(new Typed(file, interchangeOf(file)));
      } catch (InvalidFileException e) {
        results.add(unreadable(file, e.problem()));
      }
    }
    typed.sort(Comparator.comparing(Typed::interchange));
    for (Typed file : typed) {
      results.add(importFile(file.file(), file.interchange()));
    }
    return new ImportResult(districtId, results);
  }

  private record Typed(EdFiFile file, Interchange interchange) {}

  private Interchange interchangeOf(EdFiFile file) {
    try (InterchangeReader reader = InterchangeReader.open(file, locale)) {
      return reader.interchange();
    }
  }

  private FileResult importFile(EdFiFile file, Interchange interchange) {
    long started = System.nanoTime();
    try (Connection connection = district.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        FileResult result = load(file, interchange, connection);
        log(result, started);
        return result;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Importing " + file.name() + " failed", e);
      ImportProblem problem =
          new ImportProblem(
              file.name(),
              0,
              ImportError.DATABASE,
              ImportError.DATABASE.format(locale, e.getMessage()));
      return new FileResult(
          file.name(),
          Optional.of(interchange),
          false,
          java.util.Map.of(),
          java.util.Map.of(),
          List.of(problem));
    }
  }

  private FileResult load(EdFiFile file, Interchange interchange, Connection connection)
      throws SQLException {
    try (DistrictTables tables = new DistrictTables(connection, BATCH_SIZE)) {
      FileImport fileImport = new FileImport(file, districtId, today, locale, tables);
      boolean readable = read(fileImport, interchange, tables);
      boolean commit =
          readable && (fileImport.problems().isEmpty() || mode == ImportMode.VALID_RECORDS);
      if (commit) {
        connection.commit();
      } else {
        connection.rollback();
      }
      return fileImport.result(interchange, commit);
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }

  private static boolean read(FileImport fileImport, Interchange interchange, DistrictTables tables)
      throws SQLException {
    try {
      InterchangeLoader.of(interchange).load(fileImport);
      tables.flush();
      return true;
    } catch (InvalidFileException e) {
      fileImport.add(e.problem());
      return false;
    }
  }

  private FileResult unreadable(EdFiFile file, ImportProblem problem) {
    LOG.log(
        Level.WARNING, "Ed-Fi import for district {0}: {1}", new Object[] {districtId, problem});
    return new FileResult(
        file.name(),
        Optional.empty(),
        false,
        java.util.Map.of(),
        java.util.Map.of(),
        List.of(problem));
  }

  private void log(FileResult result, long started) {
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.log(
        Level.INFO,
        "Ed-Fi import of {0} for district {1}: {2} in {3} ms; accepted {4}, changed {5},"
            + " {6} problem(s)",
        new Object[] {
          result.file(),
          String.valueOf(districtId),
          result.imported() ? "committed" : "rolled back",
          millis,
          result.accepted(),
          result.changed(),
          result.problems().size()
        });
  }
}
