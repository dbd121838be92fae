package org.sis.selectivesync.edfi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The problems CSV: header, one row per problem, and no cell a spreadsheet runs as a formula. */
class ProblemsCsvTest {

  private static final List<String> HEADER = List.of("File", "Line", "Kind", "What is wrong");

  @Test
  void writesAHeaderAndOneRowPerProblem() {
    String csv =
        csv(
            new ProblemRow("Student.xml", 14, "DUPLICATE_KEY", "Duplicate Student 900001"),
            new ProblemRow("x.xml", 0, "NOT_XML", "The file is not XML: a, \"b\""));

    assertThat(csv.split("\r\n"))
        .containsExactly(
            "File,Line,Kind,What is wrong",
            "Student.xml,14,DUPLICATE_KEY,Duplicate Student 900001",
            "x.xml,0,NOT_XML,\"The file is not XML: a, \"\"b\"\"\"");
  }

  @Test
  void cellsThatLookLikeFormulasGetALeadingApostrophe() {
    String csv =
        csv(
            new ProblemRow("=HYPERLINK(\"x\").xml", 1, "NOT_XML", "+1"),
            new ProblemRow("-2.xml", 2, "NOT_XML", "@SUM(A1)"),
            new ProblemRow("a=b.xml", 3, "NOT_XML", "fine - really"));

    assertThat(csv.split("\r\n"))
        .containsExactly(
            "File,Line,Kind,What is wrong",
            "\"'=HYPERLINK(\"\"x\"\").xml\",1,NOT_XML,'+1",
            "'-2.xml,2,NOT_XML,'@SUM(A1)",
            "a=b.xml,3,NOT_XML,fine - really");
  }

  private static String csv(ProblemRow... problems) {
    return new String(ProblemsCsv.write(HEADER, List.of(problems)), StandardCharsets.UTF_8);
  }
}
