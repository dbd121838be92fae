package org.sis.selectivesync.verify;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Properties;

/** Starts the {@code verification} job for a stored run. */
@ApplicationScoped
public class VerificationJobs {

  static final String JOB = "verification";

  @Inject private VerificationRuns runs;

  /** Starts a job execution for a queued run and records it with the run. */
  public void start(VerificationRun run) {
    Properties parameters = new Properties();
    parameters.setProperty("runId", Long.toString(run.id()));
    long execution = BatchRuntime.getJobOperator().start(JOB, parameters);
    runs.attachJob(run.id(), execution);
  }
}
