package org.sis.selectivesync.verify;

/** Receives what a {@link MergeComparison} finds, key by key, in key order. */
public interface ComparisonListener {

  /** A key that is in a set other than matched. */
  void found(VerificationSet set, long key);

  /**
   * Called after every {@code progressEvery} keys compared, and once at the end.
   *
   * @param compared distinct keys compared so far
   */
  void progress(long compared);

  /** Whether the comparison should stop early (a stopped job). */
  default boolean stopRequested() {
    return false;
  }
}
