package org.sis.selectivesync.edfi;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import org.sis.selectivesync.district.DistrictChoice;
import org.sis.selectivesync.host.PageText;
import org.sis.selectivesync.rights.Caller;

/**
 * The Ed-Fi Import page: a district (fixed for a district user, picked by a state user), one or
 * more uploaded Ed-Fi XML files and a mode; Import shows per file what was imported, lists the
 * problems with file and line, and offers them as a CSV download. Viewing needs R on Ed-Fi Import
 * and importing W, both checked by {@link EdFiImportService}.
 */
@Named
@ViewScoped
public class EdFiImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FILES_FIELD = "edfi:files";

  @Inject private EdFiImportService imports;

  @Inject private Caller caller;

  private List<DistrictChoice> districts;
  private Integer districtId;
  private String districtLabel;
  private ImportMode mode = ImportMode.ALL_OR_NOTHING;
  private transient UploadedFiles files;
  private List<FileRow> results = List.of();
  private List<ProblemRow> problems = List.of();

  @PostConstruct
  void open() {
    districts = imports.districts();
    if (!caller.isStateUser()) {
      districtId = caller.districtId().getAsInt();
      districtLabel = DistrictChoice.labelOf(districts, districtId);
    }
  }

  /** Imports the chosen files; with none chosen, says so and does nothing. */
  public void importFiles() {
    List<UploadedFile> chosen = chosenFiles();
    if (chosen.isEmpty()) {
      PageText.error(FILES_FIELD, PageText.format("edfi.noFile"));
      return;
    }
    try (StagedUploads uploads = stage(chosen)) {
      show(imports.importFiles(districtId, uploads.files(), mode, PageText.locale()));
    } catch (ImportRefusedException refused) {
      PageText.error(null, refused.getMessage());
    } finally {
      files = null;
    }
  }

  /** The problems of the last import as a CSV file. */
  public StreamedContent getProblemsCsv() {
    byte[] csv =
        ProblemsCsv.write(
            List.of(
                PageText.format("edfi.problem.file"),
                PageText.format("edfi.problem.line"),
                PageText.format("edfi.problem.error"),
                PageText.format("edfi.problem.message")),
            problems);
    return DefaultStreamedContent.builder()
        .name("edfi-import-problems.csv")
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) csv.length)
        .stream(() -> new ByteArrayInputStream(csv))
        .build();
  }

  private List<UploadedFile> chosenFiles() {
    if (files == null) {
      return List.of();
    }
    return files.getFiles().stream()
        .filter(file -> file.getFileName() != null && !file.getFileName().isBlank())
        .toList();
  }

  private static StagedUploads stage(List<UploadedFile> chosen) {
    StagedUploads uploads = new StagedUploads();
    for (UploadedFile file : chosen) {
      try (InputStream content = file.getInputStream()) {
        uploads.add(file.getFileName(), content);
      } catch (IOException e) {
        uploads.close();
        throw new UncheckedIOException(e);
      }
    }
    return uploads;
  }

  private void show(ImportResult result) {
    results = result.files().stream().map(this::row).toList();
    problems = result.problems().stream().map(ProblemRow::of).toList();

    long committed = result.files().stream().filter(FileResult::imported).count();
    String summary =
        PageText.format("edfi.done", result.files().size(), committed, result.problems().size());
    if (result.clean()) {
      PageText.info(summary);
    } else {
      PageText.warning(summary);
    }
  }

  private FileRow row(FileResult file) {
    String interchange =
        file.interchange()
            .map(known -> PageText.format("edfi.interchange." + known.name()))
            .orElse(PageText.format("edfi.interchange.unreadable"));
    return new FileRow(
        file.file(),
        interchange,
        PageText.format(file.imported() ? "edfi.imported.yes" : "edfi.imported.no"),
        counts(file.imported() ? file::accepted : type -> 0),
        counts(file::changed),
        file.problems().size());
  }

  private String counts(ToIntFunction<RecordType> count) {
    String counts =
        Arrays.stream(RecordType.values())
            .filter(type -> count.applyAsInt(type) > 0)
            .map(
                type ->
                    PageText.format(
                        "edfi.count",
                        PageText.format("edfi.record." + type.name()),
                        count.applyAsInt(type)))
            .collect(Collectors.joining(", "));
    return counts.isEmpty() ? PageText.format("edfi.count.none") : counts;
  }

  /** Whether the user works for the state and so picks the district. */
  public boolean isDistrictPicked() {
    return caller.isStateUser();
  }

  public List<DistrictChoice> getDistricts() {
    return districts;
  }

  public Integer getDistrictId() {
    return districtId;
  }

  public void setDistrictId(Integer districtId) {
    this.districtId = districtId;
  }

  public String getDistrictLabel() {
    return districtLabel;
  }

  public ImportMode getMode() {
    return mode;
  }

  public void setMode(ImportMode mode) {
    this.mode = mode;
  }

  public List<ImportMode> getModes() {
    return List.of(ImportMode.values());
  }

  public UploadedFiles getFiles() {
    return files;
  }

  public void setFiles(UploadedFiles files) {
    this.files = files;
  }

  public List<FileRow> getResults() {
    return results;
  }

  public List<ProblemRow> getProblems() {
    return problems;
  }

  /** Whether an import has run on this page, so that its results are shown. */
  public boolean isImported() {
    return !results.isEmpty();
  }

  /** One imported file as the result table shows it. */
  public record FileRow(
      String file,
      String interchange,
      String imported,
      String records,
      String changed,
      int problems)
      implements Serializable {}

  /** The label of a mode. */
  public String modeLabel(ImportMode option) {
    return PageText.format("edfi.mode." + option.name());
  }
}
