package org.sis.selectivesync.benchmark;

import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sis.selectivesync.database.Database;

/**
 * Stands in for autovacuum's analyze on a machine where autovacuum is off: runs ANALYZE on the
 * state and tool databases at a fixed interval while the engine works, so that PostgreSQL plans the
 * engine's queries with statistics as a normally configured server would have them.
 */
final class StatisticsKeeper implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(StatisticsKeeper.class.getName());

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

  StatisticsKeeper(BenchDatabases databases, int seconds) {
    timer.scheduleWithFixedDelay(
        () -> {
          try {
            // The district is only read; the engine changes the state and tool databases.
            databases.analyze(Database.STATE, Database.TOOL);
          } catch (SQLException e) {
            LOG.log(Level.WARNING, "ANALYZE failed: {0}", e.getMessage());
          }
        },
        seconds,
        seconds,
        TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    timer.shutdownNow();
    timer.awaitTermination(30, TimeUnit.SECONDS);
  }
}
