package org.sis.selectivesync.edfi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What importing one file did.
 *
 * @param file the file name
 * @param interchange the interchange the file holds, empty when it could not be read
 * @param imported whether the file's transaction was committed (with {@link
 *     ImportMode#ALL_OR_NOTHING} only when it had no problem)
 * @param accepted per record type, how many valid records the file held
 * @param changed per record type, how many rows were inserted or updated (0 on a repeated import)
 * @param problems what is wrong with the file, in file order
 */
public record FileResult(
    String file,
    Optional<Interchange> interchange,
    boolean imported,
    Map<RecordType, Integer> accepted,
    Map<RecordType, Integer> changed,
    List<ImportProblem> problems) {

  public FileResult {
    accepted = Map.copyOf(accepted);
    changed = Map.copyOf(changed);
    problems = List.copyOf(problems);
  }

  /** How many rows of a type the import inserted or updated. */
  public int changed(RecordType type) {
    return imported ? changed.getOrDefault(type, 0) : 0;
  }

  /** How many valid records of a type the file held. */
  public int accepted(RecordType type) {
    return accepted.getOrDefault(type, 0);
  }
}
