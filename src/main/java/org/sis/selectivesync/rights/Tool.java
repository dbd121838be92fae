package org.sis.selectivesync.rights;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One tool of the tool-rights descriptor.
 *
 * @param id the id rights are granted on, e.g. {@code selective-sync}
 * @param name the name the SIS shows
 * @param folder the folder of the tool tree it sits in
 * @param functions what each right with a function allows; rights missing here have none
 */
public record Tool(String id, String name, String folder, Map<Right, String> functions)
    implements Serializable {

  public Tool {
    functions = Map.copyOf(functions);
  }

  /** Whether granting the right changes anything on this tool. */
  public boolean hasFunction(Right right) {
    return functions.containsKey(right);
  }

  /** What the right allows on this tool, if anything. */
  public Optional<String> functionOf(Right right) {
    return Optional.ofNullable(functions.get(right));
  }

  /** The rights that have a function on this tool. */
  public Set<Right> functionalRights() {
    return functions.keySet();
  }
}
