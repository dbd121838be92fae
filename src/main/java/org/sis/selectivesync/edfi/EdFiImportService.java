package org.sis.selectivesync.edfi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.sis.selectivesync.district.DistrictChoice;
import org.sis.selectivesync.district.DistrictChoices;
import org.sis.selectivesync.rights.Caller;
import org.sis.selectivesync.rights.RequiresRight;
import org.sis.selectivesync.rights.Right;
import org.sis.selectivesync.rights.Tools;

/**
 * Ed-Fi imports of a user's own files, as the import page and the REST API start them: the caller
 * needs W on Ed-Fi Import, a district user may only import into their own district, and the
 * district must be in the district database or be defined by one of the files (an
 * EducationOrganization interchange). Each import is logged with who, which files, which district
 * and the counts; never with record data.
 *
 * <p>Not transactional: {@link EdFiImport} commits each file on a connection of its own.
 */
@ApplicationScoped
public class EdFiImportService {

  private static final Logger LOG = Logger.getLogger(EdFiImportService.class.getName());

  private static final String BUNDLE = "org.sis.selectivesync.messages";

  @Inject private EdFiImport importer;

  @Inject private KnownDistricts districts;

  @Inject private Caller caller;

  @Inject private DistrictChoices districtChoices;

  /**
   * Imports the files into the district.
   *
   * @param districtId the district; {@code null} is refused
   * @param files the files; none is refused
   * @param mode what happens to a file with problems; {@code null} means all or nothing
   * @param locale the language of the messages
   * @return per file what was imported and what is wrong
   * @throws ImportRefusedException naming what is wrong with the request; nothing was read
   * @throws org.sis.selectivesync.rights.AccessDeniedException without W on Ed-Fi Import or for
   *     another district
   */
  @RequiresRight(tool = Tools.EDFI_IMPORT, right = Right.W)
  public ImportResult importFiles(
      Integer districtId, List<EdFiFile> files, ImportMode mode, Locale locale) {
    int district = requireDistrict(districtId, locale);
    if (files.isEmpty()) {
      throw refused(locale, "edfi.refused.noFile");
    }
    if (!districts.exists(district) && !definesDistrict(files, locale)) {
      throw refused(locale, "edfi.refused.unknownDistrict", String.valueOf(district));
    }

    ImportMode chosen = mode == null ? ImportMode.ALL_OR_NOTHING : mode;
    ImportResult result = importer.importFiles(district, files, chosen, locale);

    log(result, chosen);
    return result;
  }

  /**
   * As {@link #importFiles(Integer, List, ImportMode, Locale)} with the mode as the REST API names
   * it: {@code all-or-nothing} (also when blank) or {@code valid-records}.
   */
  @RequiresRight(tool = Tools.EDFI_IMPORT, right = Right.W)
  public ImportResult importFiles(
      Integer districtId, List<EdFiFile> files, String mode, Locale locale) {
    return importFiles(districtId, files, modeOf(mode, locale), locale);
  }

  /** The districts the caller may import into, for the page's picker. */
  @RequiresRight(tool = Tools.EDFI_IMPORT, right = Right.R)
  public List<DistrictChoice> districts() {
    return districtChoices.usable();
  }

  /** The name of a mode in the REST API, e.g. {@code valid-records}. */
  public static String nameOf(ImportMode mode) {
    return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private int requireDistrict(Integer districtId, Locale locale) {
    if (districtId == null) {
      throw refused(locale, "edfi.refused.noDistrict");
    }
    caller.requireDistrict(districtId);
    return districtId;
  }

  private static ImportMode modeOf(String mode, Locale locale) {
    if (mode == null || mode.isBlank()) {
      return ImportMode.ALL_OR_NOTHING;
    }
    return Arrays.stream(ImportMode.values())
        .filter(known -> nameOf(known).equals(mode.strip()))
        .findFirst()
        .orElseThrow(() -> refused(locale, "edfi.refused.unknownMode", mode));
  }

  private static boolean definesDistrict(List<EdFiFile> files, Locale locale) {
    return files.stream().anyMatch(file -> holdsEducationOrganization(file, locale));
  }

  private static boolean holdsEducationOrganization(EdFiFile file, Locale locale) {
    try (InterchangeReader reader = InterchangeReader.open(file, locale)) {
      return reader.interchange() == Interchange.EDUCATION_ORGANIZATION;
    } catch (InvalidFileException notAnInterchange) {
      return false;
    }
  }

  private void log(ImportResult result, ImportMode mode) {
    LOG.log(
        Level.INFO,
        "{0} imported {1} Ed-Fi file(s) [{2}] into district {3} ({4}): {5} committed,"
            + " rows changed {6}, {7} problem(s)",
        new Object[] {
          caller.userName(),
          result.files().size(),
          result.files().stream().map(FileResult::file).collect(Collectors.joining(", ")),
          String.valueOf(result.districtId()),
          nameOf(mode),
          result.files().stream().filter(FileResult::imported).count(),
          changedCounts(result),
          result.problems().size()
        });
  }

  private static String changedCounts(ImportResult result) {
    return Arrays.stream(RecordType.values())
        .filter(type -> result.changed(type) > 0)
        .map(type -> type.name() + " " + result.changed(type))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static ImportRefusedException refused(Locale locale, String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    return new ImportRefusedException(new MessageFormat(pattern, locale).format(arguments));
  }
}
