package org.sis.selectivesync.edfi;

import java.util.List;

/** What importing a set of files did, one {@link FileResult} per file in import order. */
public record ImportResult(int districtId, List<FileResult> files) {

  public ImportResult {
    files = List.copyOf(files);
  }

  /** Every problem of every file. */
  public List<ImportProblem> problems() {
    return files.stream().flatMap(file -> file.problems().stream()).toList();
  }

  /** Whether every file was read without a problem. */
  public boolean clean() {
    return problems().isEmpty();
  }

  /** Rows of a type inserted or updated over all files. */
  public int changed(RecordType type) {
    return files.stream().mapToInt(file -> file.changed(type)).sum();
  }

  /** Valid records of a type over all files. */
  public int accepted(RecordType type) {
    return files.stream().mapToInt(file -> file.accepted(type)).sum();
  }
}
