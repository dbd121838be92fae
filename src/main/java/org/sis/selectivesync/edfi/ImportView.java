package org.sis.selectivesync.edfi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An import's result as the REST API answers it: per file its interchange, whether it was
 * committed, the valid records and the changed rows per record type and its problem count; then
 * every problem with file, line, kind and message.
 */
public record ImportView(
    int districtId, boolean clean, List<FileView> files, List<Problem> problems) {

  static ImportView of(ImportResult result) {
    return new ImportView(
        result.districtId(),
        result.clean(),
        result.files().stream().map(FileView::of).toList(),
        result.problems().stream().map(Problem::of).toList());
  }

  /** One file; {@code interchange} is null when the file could not be read as one. */
  public record FileView(
      String file,
      String interchange,
      boolean imported,
      Map<String, Integer> accepted,
      Map<String, Integer> changed,
      int problems) {

    static FileView of(FileResult file) {
      Map<String, Integer> accepted = new LinkedHashMap<>();
      Map<String, Integer> changed = new LinkedHashMap<>();
      Arrays.stream(RecordType.values())
          .filter(type -> file.accepted(type) > 0)
          .forEach(type -> accepted.put(type.name(), file.accepted(type)));
      Arrays.stream(RecordType.values())
          .filter(type -> file.accepted(type) > 0 || file.changed(type) > 0)
          .forEach(type -> changed.put(type.name(), file.changed(type)));
      return new FileView(
          file.file(),
          file.interchange().map(Enum::name).orElse(null),
          file.imported(),
          accepted,
          changed,
          file.problems().size());
    }
  }

  /** One problem; line 0 concerns the whole file. */
  public record Problem(String file, int line, String error, String message) {
    static Problem of(ImportProblem problem) {
      return new Problem(problem.file(), problem.line(), problem.error().name(), problem.message());
    }
  }
}
