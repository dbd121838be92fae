package org.sis.selectivesync.edfi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.sis.selectivesync.database.Database;
import org.sis.selectivesync.database.DatabaseConnections;

/**
 * Imports Ed-Fi XML interchanges (data standard 4.x or 5.x) into the district database, the demo's
 * stand-in for the host SIS: EducationOrganization, Student and StudentEnrollment files of one
 * district. Each file is imported in a transaction of its own. The mapping is described in
 * docs/edfi-import.md.
 *
 * <p>No access check happens here: users reach it through {@link EdFiImportService}, which checks
 * the Ed-Fi Import right and the district (the demo start-up uses {@link DistrictImport}).
 */
@ApplicationScoped
public class EdFiImport {

  @Inject private DatabaseConnections connections;

  private final Clock clock = Clock.systemDefaultZone();

  /**
   * Imports files of one district.
   *
   * @param districtId the district's LocalEducationAgencyId; records of other districts are
   *     problems
   * @param files the files, in any order (they are imported in interchange order)
   * @param mode {@link ImportMode#ALL_OR_NOTHING}: a file with any problem imports nothing; {@link
   *     ImportMode#VALID_RECORDS}: its valid records are imported and the rest listed
   * @param locale the language of the problem messages
   * @return per file what was imported and what is wrong; never throws for bad content
   */
  public ImportResult importFiles(
      int districtId, List<EdFiFile> files, ImportMode mode, Locale locale) {
    return new DistrictImport(
            connections.dataSource(Database.DISTRICT),
            districtId,
            mode,
            LocalDate.now(clock),
            locale)
        .run(files);
  }
}
