package org.sis.selectivesync.rights;

import java.util.List;

/** A folder of the tool tree with its tools in descriptor order. */
public record ToolFolder(String name, List<Tool> tools) {

  public ToolFolder {
    tools = List.copyOf(tools);
  }
}
