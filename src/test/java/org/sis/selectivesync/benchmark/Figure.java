package org.sis.selectivesync.benchmark;

/**
 * One row of the benchmark table.
 *
 * @param name what was measured
 * @param engine the engine's figure, formatted
 * @param baseline the baseline's figure, formatted, or a dash
 * @param ratio engine over baseline, formatted, or a dash
 * @param target the target the issue sets
 * @param met whether the target is met
 */
record Figure(
    String name, String engine, String baseline, String ratio, String target, boolean met) {

  String markdown() {
    return "| "
        + String.join(" | ", name, engine, baseline, ratio, target, met ? "yes" : "**no**")
        + " |";
  }
}
