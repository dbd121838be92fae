package org.sis.selectivesync.verify;

import java.util.Iterator;

/**
 * Compares two streams of record hashes, each in ascending key order, in one pass (a merge join): a
 * key only at the district is missing at the state, a key only at the state is only at the state, a
 * key at both is matched or different. Holds two records at a time, so memory does not grow with
 * the record count; the listener decides where the keys go.
 */
public final class MergeComparison {

  private final int progressEvery;

  /**
   * @param progressEvery how many compared keys between two progress calls, at least 1
   */
  public MergeComparison(int progressEvery) {
    this.progressEvery = Math.max(1, progressEvery);
  }

  /**
   * Runs the comparison to the end of both streams.
   *
   * @throws KeyOrderException when a stream is not in strictly ascending key order
   * @throws ComparisonStoppedException when the listener asks to stop
   */
  public ComparisonCounts compare(
      Iterator<RecordHash> district, Iterator<RecordHash> state, ComparisonListener listener) {
    Cursor left = new Cursor("district", district);
    Cursor right = new Cursor("state", state);
    Tally tally = new Tally();
    while (left.current != null || right.current != null) {
      step(left, right, tally, listener);
      if (tally.compared % progressEvery == 0) {
        report(tally, listener);
      }
    }
    listener.progress(tally.compared);
    return tally.counts(left.read, right.read);
  }

  private static void step(Cursor left, Cursor right, Tally tally, ComparisonListener listener) {
    int order = order(left.current, right.current);
    if (order < 0) {
      tally.missing++;
      listener.found(VerificationSet.MISSING_AT_STATE, left.current.key());
      left.advance();
    } else if (order > 0) {
      tally.onlyAtState++;
      listener.found(VerificationSet.ONLY_AT_STATE, right.current.key());
      right.advance();
    } else {
      if (left.current.matches(right.current)) {
        tally.matched++;
      } else {
        tally.different++;
        listener.found(VerificationSet.DIFFERENT, left.current.key());
      }
      left.advance();
      right.advance();
    }
    tally.compared++;
  }

  private static void report(Tally tally, ComparisonListener listener) {
    listener.progress(tally.compared);
    if (listener.stopRequested()) {
      throw new ComparisonStoppedException(tally.compared);
    }
  }

  /** Negative when the district key comes first (or the state has no more), and so on. */
  private static int order(RecordHash district, RecordHash state) {
    if (state == null) {
      return -1;
    }
    if (district == null) {
      return 1;
    }
    return Long.compare(district.key(), state.key());
  }

  /** One side: its current record and how many it has read, checking the key order. */
  private static final class Cursor {
    private final String side;
    private final Iterator<RecordHash> records;
    private RecordHash current;
    private long read;

    Cursor(String side, Iterator<RecordHash> records) {
      this.side = side;
      this.records = records;
      advance();
    }

    void advance() {
      RecordHash previous = current;
      current = records.hasNext() ? records.next() : null;
      if (current == null) {
        return;
      }
      read++;
      if (previous != null && current.key() <= previous.key()) {
        throw new KeyOrderException(side, previous.key(), current.key());
      }
    }
  }

  private static final class Tally {
    private long compared;
    private long matched;
    private long different;
    private long missing;
    private long onlyAtState;

    ComparisonCounts counts(long districtRecords, long stateRecords) {
      return new ComparisonCounts(
          districtRecords, stateRecords, matched, different, missing, onlyAtState);
    }
  }
}
