package org.sis.selectivesync.edfi;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The import of one file into one district, within one transaction: reads its records (one pass or
 * more), collects problems and counts, and remembers the keys seen so far to catch duplicates. The
 * set of keys grows with the file's record count (a few dozen bytes a record); record content does
 * not stay in memory.
 */
final class FileImport {

  /** A file with more problems than this is not read further and imports nothing. */
  static final int MAX_PROBLEMS = 1000;

  private final EdFiFile file;
  private final int districtId;
  private final LocalDate today;
  private final Locale locale;
  private final DistrictTables tables;
  private final List<ImportProblem> problems = new ArrayList<>();
  private final Map<RecordType, Integer> accepted = new EnumMap<>(RecordType.class);
  private final Map<RecordType, Integer> changed = new EnumMap<>(RecordType.class);
  private final Map<String, Integer> firstLines = new HashMap<>();

  /** Handles one record of a pass. */
  @FunctionalInterface
  interface RecordHandler {
    void handle(EdFiElement record) throws SQLException;
  }

  FileImport(EdFiFile file, int districtId, LocalDate today, Locale locale, DistrictTables tables) {
    this.file = file;
    this.districtId = districtId;
    this.today = today;
    this.locale = locale;
    this.tables = tables;
  }

  int districtId() {
    return districtId;
  }

  LocalDate today() {
    return today;
  }

  DistrictTables tables() {
    return tables;
  }

  /**
   * Reads the file once from the start and hands each record whose element name is in {@code names}
   * to the handler. A record the handler finds invalid becomes a problem and the pass goes on.
   *
   * @throws InvalidFileException when the file breaks off or has too many problems
   */
  void pass(Set<String> names, RecordHandler handler) throws SQLException {
    try (InterchangeReader reader = InterchangeReader.open(file, locale)) {
      Optional<EdFiElement> record = reader.next();
      while (record.isPresent()) {
        if (names.contains(record.get().name())) {
          handle(record.get(), handler);
        }
        record = reader.next();
      }
    }
  }

  private void handle(EdFiElement record, RecordHandler handler) throws SQLException {
    try {
      handler.handle(record);
    } catch (InvalidRecordException e) {
      problem(record.line(), e.error(), e.values());
    }
  }

  /**
   * Checks that the district exists, as students and enrollments need it.
   *
   * @throws InvalidFileException when it does not
   */
  void requireDistrict() throws SQLException {
    if (!tables.districtExists(districtId)) {
      ImportError error = ImportError.UNKNOWN_DISTRICT;
      throw new InvalidFileException(
          new ImportProblem(file.name(), 0, error, error.format(locale, districtId)));
    }
  }

  /** Records a problem at a line; stops the file when there are too many. */
  void problem(int line, ImportError error, Object... values) {
    problems.add(new ImportProblem(file.name(), line, error, error.format(locale, values)));
    if (problems.size() >= MAX_PROBLEMS) {
      ImportError tooMany = ImportError.TOO_MANY_PROBLEMS;
      throw new InvalidFileException(
          new ImportProblem(file.name(), line, tooMany, tooMany.format(locale, MAX_PROBLEMS)));
    }
  }

  void add(ImportProblem problem) {
    problems.add(problem);
  }

  /**
   * Remembers a record's key; a key seen before in this file is a duplicate.
   *
   * @throws InvalidRecordException for a duplicate, naming the line of the first
   */
  void firstOccurrence(String kind, String key, int line) {
    Integer first = firstLines.putIfAbsent(kind + "\u0000" + key, line);
    if (first != null) {
      throw new InvalidRecordException(ImportError.DUPLICATE_KEY, kind, key, first);
    }
  }

  /** Counts a valid record, and the row it changed if {@code rowChanged}. */
  void count(RecordType type, boolean rowChanged) {
    accepted.merge(type, 1, Integer::sum);
    if (rowChanged) {
      changed.merge(type, 1, Integer::sum);
    }
  }

  List<ImportProblem> problems() {
    return problems;
  }

  FileResult result(Interchange interchange, boolean imported) {
    return new FileResult(
        file.name(), Optional.of(interchange), imported, accepted, changed, problems);
  }

  /** The text of a required element below a record. */
  static String required(EdFiElement record, String label, String element) {
    return record
        .textOf(element)
        .orElseThrow(() -> new InvalidRecordException(ImportError.MISSING_ELEMENT, label, element));
  }

  /** A required whole number below a record. */
  static int requiredInt(EdFiElement record, String label, String element) {
    return toInt(required(record, label, element), element);
  }

  static int toInt(String value, String element) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new InvalidRecordException(ImportError.INVALID_VALUE, element, value, "whole number");
    }
  }

  /** A date that must not appear in a message, such as a birth date. */
  static LocalDate toPrivateDate(String value, String element) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRecordException(
          ImportError.INVALID_VALUE, element, "(not shown)", "date (YYYY-MM-DD)");
    }
  }

  static LocalDate toDate(String value, String element) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRecordException(
          ImportError.INVALID_VALUE, element, value, "date (YYYY-MM-DD)");
    }
  }
}
