package org.sis.selectivesync.verify;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sis.selectivesync.sync.SyncObject;

/**
 * The one step of the {@code verification} job: compares a run's object in its district and ends
 * the run COMPLETE with its counts, FAILED with the reason, or STOPPED. A restarted run compares
 * again from the start (its earlier keys are dropped first); the comparison reads each side once,
 * so there is no checkpoint to resume from.
 */
@Named
@Dependent
public class VerifyRecords extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(VerifyRecords.class.getName());

  /** The verification run to carry out (job parameter {@code runId}, required). */
  @Inject @BatchProperty private String runId;

  @Inject private VerificationRuns runs;

  @Inject private RecordComparison comparison;

  private final Clock clock = Clock.systemUTC();

  private volatile boolean stopped;

  @Override
  public String process() {
    long id = Long.parseLong(runId);
    VerificationRun run = runs.find(id).orElse(null);
    if (run == null || !run.status().isActive()) {
      return "GONE";
    }
    Instant started = Instant.now(clock);
    runs.start(id, started);
    LOG.log(
        Level.INFO,
        "Verification run {0} started: {1} of district {2,number,#}, by {3}",
        new Object[] {id, run.object(), run.districtId(), run.initiatedBy()});
    try {
      ComparisonCounts counts =
          comparison.compare(
              id, SyncObject.ofDisplayName(run.object()), run.districtId(), () -> stopped);
      runs.complete(id, counts, Instant.now(clock));
      logEnd(id, counts, started);
      return RunStatus.COMPLETE.name();
    } catch (ComparisonStoppedException e) {
      runs.end(id, RunStatus.STOPPED, e.getMessage(), Instant.now(clock));
      return RunStatus.STOPPED.name();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Verification run " + id + " failed", e);
      runs.end(id, RunStatus.FAILED, e.getMessage(), Instant.now(clock));
      return RunStatus.FAILED.name();
    }
  }

  @Override
  public void stop() {
    stopped = true;
  }

  private void logEnd(long id, ComparisonCounts counts, Instant started) {
    LOG.log(
        Level.INFO,
        "Verification run {0} complete in {1} ms: {2} at the district, {3} at the state,"
            + " {4} matched, {5} different, {6} missing at the state, {7} only at the state",
        new Object[] {
          id,
          Duration.between(started, Instant.now(clock)).toMillis(),
          counts.districtRecords(),
          counts.stateRecords(),
          counts.matched(),
          counts.different(),
          counts.missingAtState(),
          counts.onlyAtState()
        });
  }
}
