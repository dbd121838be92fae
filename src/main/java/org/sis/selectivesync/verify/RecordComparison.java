package org.sis.selectivesync.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sis.selectivesync.database.Database;
import org.sis.selectivesync.database.DatabaseConnections;
import org.sis.selectivesync.sync.SyncObject;
import org.sis.selectivesync.verify.HashStream.QuerySide;

/**
 * Compares the district and the state copy of one object in one district: reads each side once, in
 * key order, as per-key hashes computed by the database, merges them and stores the keys that do
 * not match with the run. Runs outside any JTA transaction: each side streams on a connection of
 * its own, and the keys are written in short transactions of their own.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class RecordComparison {

  /** Rows fetched per round trip from each side (default 10,000: a few hundred kB per side). */
  @Inject
  @ConfigProperty(name = "selectivesync.verify.fetch-size", defaultValue = "10000")
  private int fetchSize;

  /** Keys written to the tool database per batch and compared between progress updates. */
  @Inject
  @ConfigProperty(name = "selectivesync.verify.batch-size", defaultValue = "1000")
  private int batchSize;

  @Inject private DatabaseConnections connections;

  @Inject private VerificationRuns runs;

  /**
   * Compares and stores the keys of every set with the run.
   *
   * @param stopped asked between batches whether to stop early
   * @throws VerificationFailedException when a side cannot be read or the keys not stored
   * @throws ComparisonStoppedException when stopped
   */
  public ComparisonCounts compare(
      long runId, SyncObject object, int districtId, BooleanSupplier stopped) {
    KeyRecorder recorder = new KeyRecorder(runs, runId, batchSize, stopped);
    try (HashStream district = open(Database.DISTRICT, QuerySide.DISTRICT, object, districtId);
        HashStream state = open(Database.STATE, QuerySide.STATE, object, districtId)) {
      ComparisonCounts counts = new MergeComparison(batchSize).compare(district, state, recorder);
      recorder.flush();
      return counts;
    } catch (SQLException e) {
      throw new VerificationFailedException("Reading " + object.displayName() + " failed", e);
    }
  }

  private HashStream open(Database database, QuerySide side, SyncObject object, int districtId)
      throws SQLException {
    return HashStream.open(
        connections.dataSource(database), side, object, districtId, Math.max(1, fetchSize));
  }
}
