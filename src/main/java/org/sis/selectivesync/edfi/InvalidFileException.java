package org.sis.selectivesync.edfi;

/** A whole file cannot be read as an Ed-Fi interchange: nothing of it is imported. */
class InvalidFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ImportProblem problem;

  InvalidFileException(ImportProblem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  ImportProblem problem() {
    return problem;
  }
}
