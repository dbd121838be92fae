package org.sis.selectivesync.edfi;

/**
 * What is wrong with one place of an imported file. The message quotes keys (StudentUniqueId,
 * SchoolId, codes), never a student's name or birth date.
 *
 * @param file the file name
 * @param line the line in the file, 0 when the problem concerns the whole file
 * @param error the kind of problem
 * @param message the readable text, in the default locale
 */
public record ImportProblem(String file, int line, ImportError error, String message) {

  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
