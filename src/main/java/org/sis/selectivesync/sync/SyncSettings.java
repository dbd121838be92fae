package org.sis.selectivesync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The tunable limits of sync requests, from MicroProfile Config. */
@ApplicationScoped
public class SyncSettings {

  /** The most distinct keys one request may hold (default 100,000). */
  @Inject
  @ConfigProperty(name = "selectivesync.sync.max-keys", defaultValue = "100000")
  int maxKeys;

  /** The longest pasted key text accepted, in characters (default 4,000,000). */
  @Inject
  @ConfigProperty(name = "selectivesync.sync.max-input-chars", defaultValue = "4000000")
  int maxInputChars;

  /** Keys per chunk: one state transaction and one checkpoint each (default 1,000). */
  @Inject
  @ConfigProperty(name = "selectivesync.sync.chunk-size", defaultValue = "1000")
  int chunkSize;

  /** Attempts at a state transaction that failed for a transient reason (default 4). */
  @Inject
  @ConfigProperty(name = "selectivesync.sync.retry.attempts", defaultValue = "4")
  int retryAttempts;

  /** The pause before the first retry, doubled before each next one (default 500 ms). */
  @Inject
  @ConfigProperty(name = "selectivesync.sync.retry.delay-ms", defaultValue = "500")
  long retryDelayMillis;

  public KeyList keyList() {
    return new KeyList(maxKeys, maxInputChars);
  }

  /** The longest pasted key text accepted, in characters. */
  public int maxInputChars() {
    return maxInputChars;
  }

  /** The most distinct keys one request may hold. */
  public int maxKeys() {
    return maxKeys;
  }

  public int chunkSize() {
    return chunkSize;
  }

  public int retryAttempts() {
    return Math.max(1, retryAttempts);
  }

  public long retryDelayMillis() {
    return retryDelayMillis;
  }
}
