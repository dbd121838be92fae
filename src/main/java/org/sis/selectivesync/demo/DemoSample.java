package org.sis.selectivesync.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.sis.selectivesync.edfi.DistrictImport;
import org.sis.selectivesync.edfi.EdFiFile;
import org.sis.selectivesync.edfi.ImportMode;
import org.sis.selectivesync.edfi.ImportProblem;
import org.sis.selectivesync.edfi.ImportResult;

/**
 * The bundled Ed-Fi sample (demo/edfi, Apache-2.0, see its NOTICES.md): Bear Creek ISD and Lakeside
 * ISD of the SEA Modernization Starter Kit. It is imported with {@link ImportMode#VALID_RECORDS},
 * because the sample itself gives two District codes twice in each district; those students are
 * left out and their problems logged (keys only).
 */
public final class DemoSample {

  /** Bear Creek ISD. */
  public static final int BEAR_CREEK = 255903;

  /** Lakeside ISD. */
  public static final int LAKESIDE = 255902;

  private static final String FOLDER = "demo/edfi/";
  private static final Logger LOG = Logger.getLogger(DemoSample.class.getName());

  private DemoSample() {}

  /** Imports both sample districts into the district database. */
  public static List<ImportResult> importInto(DataSource district, LocalDate today) {
    List<ImportResult> results = new ArrayList<>();
    results.add(importDistrict(district, BEAR_CREEK, "BearCreek", today));
    results.add(importDistrict(district, LAKESIDE, "Lakeside", today));
    return results;
  }

  private static ImportResult importDistrict(
      DataSource district, int districtId, String prefix, LocalDate today) {
    List<EdFiFile> files =
        List.of(
            EdFiFile.ofResource(FOLDER + "EducationOrganization.xml"),
            EdFiFile.ofResource(FOLDER + prefix + "-EducationOrganization.xml"),
            EdFiFile.ofResource(FOLDER + prefix + "-Student.xml"),
            EdFiFile.ofResource(FOLDER + prefix + "-StudentEnrollment.xml"));
    ImportResult result =
        new DistrictImport(district, districtId, ImportMode.VALID_RECORDS, today, Locale.ENGLISH)
            .run(files);
    for (ImportProblem problem : result.problems()) {
      LOG.log(Level.WARNING, "Demo sample left out: {0}", problem);
    }
    return result;
  }
}
