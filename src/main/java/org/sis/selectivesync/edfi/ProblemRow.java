package org.sis.selectivesync.edfi;

import java.io.Serializable;

/**
 * One problem of an import as the page lists it and the CSV holds it.
 *
 * @param file the file name
 * @param line the line, 0 for the whole file
 * @param error the kind of problem, e.g. {@code DUPLICATE_KEY}
 * @param message what is wrong
 */
public record ProblemRow(String file, int line, String error, String message)
    implements Serializable {

  static ProblemRow of(ImportProblem problem) {
    return new ProblemRow(
        problem.file(), problem.line(), problem.error().name(), problem.message());
  }
}
