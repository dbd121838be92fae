package org.sis.selectivesync.rights;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One row of the tool tree on the Tool Rights page: a folder, or a tool with a checkbox per right
 * ({@code #{row.checked['W']}}).
 */
public class ToolRightsRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String label;
  private final Tool tool;
  private final Map<String, Boolean> checked = new HashMap<>();

  private ToolRightsRow(String label, Tool tool) {
    this.label = label;
    this.tool = tool;
  }

  static ToolRightsRow folder(String name) {
    return new ToolRightsRow(name, null);
  }

  static ToolRightsRow tool(Tool tool, Set<Right> granted) {
    ToolRightsRow row = new ToolRightsRow(tool.name(), tool);
    for (Right right : Right.values()) {
      row.checked.put(right.name(), granted.contains(right));
    }
    return row;
  }

  public String getLabel() {
    return label;
  }

  public boolean isTool() {
    return tool != null;
  }

  /** The checkbox values by right letter; settable from the page. */
  public Map<String, Boolean> getChecked() {
    return checked;
  }

  /** Whether the right has a function on this row's tool (its checkbox is enabled). */
  public boolean hasFunction(String right) {
    return tool != null && tool.hasFunction(Right.ofCode(right));
  }

  /** What the right allows, for the checkbox's tooltip. */
  public String functionOf(String right) {
    return Optional.ofNullable(tool).flatMap(t -> t.functionOf(Right.ofCode(right))).orElse("");
  }

  /** The tool id and the rights checked on it; empty for a folder row. */
  Optional<Map.Entry<String, Set<Right>>> selection() {
    if (tool == null) {
      return Optional.empty();
    }
    Set<Right> rights = EnumSet.noneOf(Right.class);
    checked.forEach(
        (code, on) -> {
          if (Boolean.TRUE.equals(on)) {
            rights.add(Right.ofCode(code));
          }
        });
    return Optional.of(Map.entry(tool.id(), rights));
  }
}
