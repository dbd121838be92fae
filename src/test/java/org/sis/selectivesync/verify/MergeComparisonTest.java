package org.sis.selectivesync.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MergeComparisonTest {

  @Test
  void eachKeyLandsInExactlyOneSet() {
    Recorder recorder = new Recorder();

    ComparisonCounts counts =
        new MergeComparison(100)
            .compare(
                rows(row(1, "a"), row(2, "b"), row(4, "d"), row(6, "f")),
                rows(row(2, "b"), row(3, "c"), row(4, "X"), row(7, "g")),
                recorder);

    assertThat(recorder.keys.get(VerificationSet.MISSING_AT_STATE)).containsExactly(1L, 6L);
    assertThat(recorder.keys.get(VerificationSet.ONLY_AT_STATE)).containsExactly(3L, 7L);
    assertThat(recorder.keys.get(VerificationSet.DIFFERENT)).containsExactly(4L);
    assertThat(counts).isEqualTo(new ComparisonCounts(4, 4, 1, 1, 2, 2));
  }

  @Test
  void emptySidesMakeEveryKeyMissingOrOnlyAtTheState() {
    Recorder recorder = new Recorder();

    ComparisonCounts missing =
        new MergeComparison(10).compare(rows(row(5, "a"), row(9, "b")), rows(), recorder);
    ComparisonCounts onlyAtState =
        new MergeComparison(10).compare(rows(), rows(row(5, "a")), recorder);
    ComparisonCounts nothing = new MergeComparison(10).compare(rows(), rows(), recorder);

    assertThat(missing).isEqualTo(new ComparisonCounts(2, 0, 0, 0, 2, 0));
    assertThat(onlyAtState).isEqualTo(new ComparisonCounts(0, 1, 0, 0, 0, 1));
    assertThat(nothing).isEqualTo(new ComparisonCounts(0, 0, 0, 0, 0, 0));
  }

  @Test
  void aDistrictPersonWithoutStateIdMatchesAnyStateId() {
    RecordHash district = new RecordHash(1, bytes("h"), null);
    RecordHash withId = new RecordHash(2, bytes("h"), "S-2");

    assertThat(district.matches(new RecordHash(1, bytes("h"), "S1-1"))).isTrue();
    assertThat(withId.matches(new RecordHash(2, bytes("h"), "S-2"))).isTrue();
    assertThat(withId.matches(new RecordHash(2, bytes("h"), "OTHER"))).isFalse();
    assertThat(district.matches(new RecordHash(1, bytes("x"), null))).isFalse();
  }

  @Test
  void keysOutOfOrderFailTheComparison() {
    assertThatThrownBy(
            () ->
                new MergeComparison(10)
                    .compare(rows(row(2, "a"), row(1, "b")), rows(), new Recorder()))
        .isInstanceOf(KeyOrderException.class)
        .hasMessageContaining("district")
        .hasMessageContaining("1 after 2");
    assertThatThrownBy(
            () ->
                new MergeComparison(10)
                    .compare(rows(), rows(row(3, "a"), row(3, "b")), new Recorder()))
        .isInstanceOf(KeyOrderException.class)
        .hasMessageContaining("state");
  }

  @Test
  void progressIsReportedEveryNKeysAndAtTheEnd() {
    Recorder recorder = new Recorder();

    new MergeComparison(4)
        .compare(numbered(LongStream.rangeClosed(1, 10)), numbered(LongStream.empty()), recorder);

    assertThat(recorder.progress).containsExactly(4L, 8L, 10L);
  }

  @Test
  void aStopRequestEndsTheComparisonAtTheNextProgressReport() {
    Recorder recorder = new Recorder();
    recorder.stopAfter = 5;

    assertThatThrownBy(
            () ->
                new MergeComparison(3)
                    .compare(
                        numbered(LongStream.rangeClosed(1, 100)),
                        numbered(LongStream.empty()),
                        recorder))
        .isInstanceOf(ComparisonStoppedException.class);
    assertThat(recorder.keys.get(VerificationSet.MISSING_AT_STATE)).hasSize(6);
  }

  @Test
  void aMillionKeysStreamThroughWithoutCollectingThem() {
    Recorder counting = new Recorder();
    counting.keepKeys = false;

    ComparisonCounts counts =
        new MergeComparison(10_000)
            .compare(
                numbered(LongStream.rangeClosed(1, 1_000_000)),
                numbered(LongStream.rangeClosed(2, 1_000_001)),
                counting);

    assertThat(counts).isEqualTo(new ComparisonCounts(1_000_000, 1_000_000, 999_999, 0, 1, 1));
  }

  private static RecordHash row(long key, String hash) {
    return new RecordHash(key, bytes(hash), null);
  }

  private static Iterator<RecordHash> rows(RecordHash... rows) {
    return List.of(rows).iterator();
  }

  private static Iterator<RecordHash> numbered(LongStream keys) {
    return keys.mapToObj(key -> new RecordHash(key, bytes("same"), null)).iterator();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Collects what the comparison reports. */
  private static final class Recorder implements ComparisonListener {
    private final Map<VerificationSet, List<Long>> keys = new EnumMap<>(VerificationSet.class);
    private final List<Long> progress = new ArrayList<>();
    private boolean keepKeys = true;
    private long stopAfter = Long.MAX_VALUE;
    private long compared;

    Recorder() {
      for (VerificationSet set : VerificationSet.values()) {
        keys.put(set, new ArrayList<>());
      }
    }

    @Override
    public void found(VerificationSet set, long key) {
      if (keepKeys) {
        keys.get(set).add(key);
      }
    }

    @Override
    public void progress(long compared) {
      this.compared = compared;
      progress.add(compared);
    }

    @Override
    public boolean stopRequested() {
      return compared >= stopAfter;
    }
  }
}
