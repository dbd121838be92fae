package org.sis.selectivesync.sync;

/**
 * What a batch resync adds to a {@link SyncOrder}: the scope its keys were read from, as the Sync
 * History shows it, and its throttle.
 *
 * @param scope the scope in words, e.g. {@code School 255903001, 2021-2022}
 * @param maxRecordsPerSecond the most records the job sends per second; 0 for unlimited
 */
public record BatchOrder(String scope, int maxRecordsPerSecond) {

  public BatchOrder {
    if (maxRecordsPerSecond < 0) {
      throw new IllegalArgumentException("Negative throttle " + maxRecordsPerSecond);
    }
  }
}
