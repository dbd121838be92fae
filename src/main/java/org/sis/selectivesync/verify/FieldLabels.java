package org.sis.selectivesync.verify;

import org.sis.selectivesync.report.ReportTexts;

/** The words for the fields of a {@link FieldDifference}, from the bundle. */
public final class FieldLabels {

  private FieldLabels() {}

  /**
   * The field's label, naming the identity row for fields of one: {@code Identity row 7: Last
   * name}.
   */
  public static String label(FieldDifference difference, ReportTexts texts) {
    String field = texts.text("verify.field." + difference.field());
    if (difference.row() == null || "identityRow".equals(difference.field())) {
      return difference.row() == null
          ? field
          : texts.text("verify.field.identityRow.label", difference.row());
    }
    return texts.text("verify.field.inRow", difference.row(), field);
  }
}
