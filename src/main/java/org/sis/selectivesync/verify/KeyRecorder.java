package org.sis.selectivesync.verify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Writes the keys a comparison finds into the tool database in batches, with the progress, so that
 * memory holds at most one batch per set whatever the record count. Progress alone is written at
 * most five times a second: often enough for the page, and not a commit per batch of records.
 */
final class KeyRecorder implements ComparisonListener {

  private static final long PROGRESS_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  private final VerificationRuns runs;
  private final long runId;
  private final int batchSize;
  private final BooleanSupplier stopped;
  private final Map<VerificationSet, List<Long>> batches = new EnumMap<>(VerificationSet.class);
  private long compared;
  private long progressWritten = System.nanoTime();

  KeyRecorder(VerificationRuns runs, long runId, int batchSize, BooleanSupplier stopped) {
    this.runs = runs;
    this.runId = runId;
    this.batchSize = batchSize;
    this.stopped = stopped;
    for (VerificationSet set : VerificationSet.values()) {
      batches.put(set, new ArrayList<>(batchSize));
    }
  }

  @Override
  public void found(VerificationSet set, long key) {
    List<Long> batch = batches.get(set);
    batch.add(key);
    if (batch.size() >= batchSize) {
      write(set);
    }
  }

  @Override
  public void progress(long compared) {
    this.compared = compared;
    long now = System.nanoTime();
    if (now - progressWritten >= PROGRESS_EVERY_NANOS) {
      runs.progress(runId, compared);
      progressWritten = now;
    }
  }

  @Override
  public boolean stopRequested() {
    return stopped.getAsBoolean();
  }

  /** Writes what is still buffered; call once the comparison has ended. */
  void flush() {
    for (VerificationSet set : VerificationSet.values()) {
      if (!batches.get(set).isEmpty()) {
        write(set);
      }
    }
  }

  private void write(VerificationSet set) {
    List<Long> batch = batches.get(set);
    runs.addKeys(runId, set, batch, compared);
    batch.clear();
  }
}
