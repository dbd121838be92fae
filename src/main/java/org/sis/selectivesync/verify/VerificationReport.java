package org.sis.selectivesync.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.sis.selectivesync.report.ReportColumn;
import org.sis.selectivesync.report.ReportFormat;
import org.sis.selectivesync.report.ReportTexts;
import org.sis.selectivesync.report.ReportWriter;

/**
 * Writes the report of a verification run as CSV, Excel or PDF: the summary as header lines, then
 * one row per key of each set with its description and, for different records, the differing fields
 * with both values. Reads the keys a page at a time, so the report of a large set takes little
 * memory.
 */
@ApplicationScoped
public class VerificationReport {

  private static final int PAGE = 500;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneId.of("UTC"));

  @Inject private VerificationRuns runs;

  /**
   * Writes the report onto a stream the caller keeps.
   *
   * @param lines gives the key lines of a page of keys of a set
   */
  public void write(
      VerificationRun run,
      ReportFormat format,
      Locale locale,
      OutputStream out,
      BiFunction<VerificationSet, List<Long>, List<KeyLine>> lines)
      throws IOException {
    ReportTexts texts = ReportTexts.of(locale);
    try (ReportWriter writer = format.open(out)) {
      writer.title(texts.text("verify.report.title"));
      header(writer, run, texts);
      writer.columns(
          List.of(
              new ReportColumn(texts.text("verify.report.set"), 18),
              new ReportColumn(texts.text("verify.key"), 16),
              new ReportColumn(texts.text("verify.description"), 40),
              new ReportColumn(texts.text("verify.differences"), 60)));
      for (VerificationSet set : VerificationSet.values()) {
        rows(writer, run, set, texts, lines);
      }
    }
  }

  private static void header(ReportWriter writer, VerificationRun run, ReportTexts texts)
      throws IOException {
    writer.header(texts.text("verify.report.run"), Long.toString(run.id()));
    writer.header(texts.text("verify.district"), Integer.toString(run.districtId()));
    writer.header(texts.text("verify.object"), run.object());
    writer.header(texts.text("verify.report.by"), run.initiatedBy());
    writer.header(
        texts.text("verify.report.computed"),
        run.finishedAt() == null ? null : WHEN.format(run.finishedAt()));
    writer.header(texts.text("verify.report.status"), run.status().name());
    ComparisonCounts counts = run.counts();
    writer.header(texts.text("verify.count.district"), Long.toString(counts.districtRecords()));
    writer.header(texts.text("verify.count.state"), Long.toString(counts.stateRecords()));
    writer.header(texts.text("verify.count.matched"), Long.toString(counts.matched()));
    for (VerificationSet set : VerificationSet.values()) {
      writer.header(texts.text("verify.set." + set.name()), Long.toString(counts.of(set)));
    }
  }

  private void rows(
      ReportWriter writer,
      VerificationRun run,
      VerificationSet set,
      ReportTexts texts,
      BiFunction<VerificationSet, List<Long>, List<KeyLine>> lines)
      throws IOException {
    String setName = texts.text("verify.set." + set.name());
    for (int page = 0; ; page++) {
      List<Long> keys = runs.keys(run.id(), set, page, PAGE);
      for (KeyLine line : lines.apply(set, keys)) {
        writer.row(
            List.of(
                setName,
                Long.toString(line.key()),
                line.description() == null ? "" : line.description(),
                differences(line, texts)));
      }
      if (keys.size() < PAGE) {
        return;
      }
    }
  }

  /** The differing fields as one text: {@code Last name: Lee → Le; …}. */
  static String differences(KeyLine line, ReportTexts texts) {
    List<String> parts = new ArrayList<>();
    for (FieldDifference difference : line.differences()) {
      parts.add(
          texts.text(
              "verify.difference",
              FieldLabels.label(difference, texts),
              value(difference.districtValue(), texts),
              value(difference.stateValue(), texts)));
    }
    return parts.stream().collect(Collectors.joining("; "));
  }

  private static String value(String value, ReportTexts texts) {
    return value == null ? texts.text("verify.empty") : value;
  }
}
